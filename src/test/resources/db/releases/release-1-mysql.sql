-- Release 1 of Agent Academy (Flyway migrations V1 to V15), as the application left a MariaDB 10.11
-- database: the schema, its migration history and a few rows of each kind (the demo organisation,
-- one course with two modules in both languages, one exam with its question bank, an attempt with
-- answers, a certificate with its notice and audit row). MigrationTests loads it into an empty
-- database and lets the current application migrate it. Made with mysqldump; see docs/releases.md.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `SPRING_SESSION`
--

DROP TABLE IF EXISTS `SPRING_SESSION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SPRING_SESSION` (
  `PRIMARY_ID` char(36) NOT NULL,
  `SESSION_ID` char(36) NOT NULL,
  `CREATION_TIME` bigint(20) NOT NULL,
  `LAST_ACCESS_TIME` bigint(20) NOT NULL,
  `MAX_INACTIVE_INTERVAL` int(11) NOT NULL,
  `EXPIRY_TIME` bigint(20) NOT NULL,
  `PRINCIPAL_NAME` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`PRIMARY_ID`),
  UNIQUE KEY `SPRING_SESSION_IX1` (`SESSION_ID`),
  KEY `SPRING_SESSION_IX2` (`EXPIRY_TIME`),
  KEY `SPRING_SESSION_IX3` (`PRINCIPAL_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `SPRING_SESSION`
--

LOCK TABLES `SPRING_SESSION` WRITE;
/*!40000 ALTER TABLE `SPRING_SESSION` DISABLE KEYS */;
/*!40000 ALTER TABLE `SPRING_SESSION` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `SPRING_SESSION_ATTRIBUTES`
--

DROP TABLE IF EXISTS `SPRING_SESSION_ATTRIBUTES`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SPRING_SESSION_ATTRIBUTES` (
  `SESSION_PRIMARY_ID` char(36) NOT NULL,
  `ATTRIBUTE_NAME` varchar(200) NOT NULL,
  `ATTRIBUTE_BYTES` blob NOT NULL,
  PRIMARY KEY (`SESSION_PRIMARY_ID`,`ATTRIBUTE_NAME`),
  CONSTRAINT `SPRING_SESSION_ATTRIBUTES_FK` FOREIGN KEY (`SESSION_PRIMARY_ID`) REFERENCES `SPRING_SESSION` (`PRIMARY_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `SPRING_SESSION_ATTRIBUTES`
--

LOCK TABLES `SPRING_SESSION_ATTRIBUTES` WRITE;
/*!40000 ALTER TABLE `SPRING_SESSION_ATTRIBUTES` DISABLE KEYS */;
/*!40000 ALTER TABLE `SPRING_SESSION_ATTRIBUTES` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `attempt_answer`
--

DROP TABLE IF EXISTS `attempt_answer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `attempt_answer` (
  `attempt_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `response` mediumtext DEFAULT NULL,
  `flagged` tinyint(1) NOT NULL,
  `sequence` bigint(20) NOT NULL,
  `saved_at` datetime(6) NOT NULL,
  PRIMARY KEY (`attempt_id`,`position`),
  CONSTRAINT `fk_attempt_answer_attempt` FOREIGN KEY (`attempt_id`) REFERENCES `exam_attempt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `attempt_answer`
--

LOCK TABLES `attempt_answer` WRITE;
/*!40000 ALTER TABLE `attempt_answer` DISABLE KEYS */;
INSERT INTO `attempt_answer` VALUES
(1,1,'0',0,1,'2026-11-24 09:02:09.000000'),
(1,2,'0',0,2,'2026-11-24 09:02:09.000000'),
(1,3,'0',0,3,'2026-11-24 09:02:09.000000'),
(1,4,NULL,0,4,'2026-11-24 09:02:09.000000'),
(1,5,'0',0,5,'2026-11-24 09:02:09.000000');
/*!40000 ALTER TABLE `attempt_answer` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `attempt_question`
--

DROP TABLE IF EXISTS `attempt_question`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `attempt_question` (
  `attempt_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `question_id` bigint(20) NOT NULL,
  `revision_id` bigint(20) NOT NULL,
  `choice_order` varchar(400) NOT NULL,
  `score` double DEFAULT NULL,
  `graded_revision_id` bigint(20) DEFAULT NULL,
  `graded_by` bigint(20) DEFAULT NULL,
  `graded_at` datetime(6) DEFAULT NULL,
  `rubric_points` varchar(400) DEFAULT NULL,
  `grader_comment` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`attempt_id`,`position`),
  KEY `fk_attempt_question_revision` (`revision_id`),
  KEY `ix_attempt_question_question` (`question_id`),
  CONSTRAINT `fk_attempt_question_attempt` FOREIGN KEY (`attempt_id`) REFERENCES `exam_attempt` (`id`),
  CONSTRAINT `fk_attempt_question_question` FOREIGN KEY (`question_id`) REFERENCES `exam_question` (`id`),
  CONSTRAINT `fk_attempt_question_revision` FOREIGN KEY (`revision_id`) REFERENCES `question_revision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `attempt_question`
--

LOCK TABLES `attempt_question` WRITE;
/*!40000 ALTER TABLE `attempt_question` DISABLE KEYS */;
INSERT INTO `attempt_question` VALUES
(1,1,190,190,'',0,190,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,2,194,194,'1,0,3,2',1,194,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,3,200,200,'',0,200,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,4,187,187,'',0,187,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,5,209,209,'0,2,3,1',1,209,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,6,210,210,'1,2,0',0,210,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,7,183,183,'2,0,1,3',0,183,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,8,185,185,'',0,185,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,9,179,179,'2,1,3,0',0,179,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,10,201,201,'1,3,2,0',0,201,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,11,206,206,'0,2,1,3',0,206,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,12,193,193,'1,2,0,3,4',0,193,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,13,205,205,'',0,205,NULL,'2026-11-24 09:02:09.000000',NULL,NULL),
(1,14,189,189,'1,3,2,0',0,189,NULL,'2026-11-24 09:02:09.000000',NULL,NULL);
/*!40000 ALTER TABLE `attempt_question` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `audit_event`
--

DROP TABLE IF EXISTS `audit_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `audit_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `occurred_at` datetime(6) NOT NULL,
  `actor_id` bigint(20) DEFAULT NULL,
  `kind` varchar(40) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `details` varchar(2000) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_audit_event_when` (`occurred_at`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `audit_event`
--

LOCK TABLES `audit_event` WRITE;
/*!40000 ALTER TABLE `audit_event` DISABLE KEYS */;
INSERT INTO `audit_event` VALUES
(1,'2026-11-24 09:02:10.000000',NULL,'CERTIFICATE_ISSUED','certificate:1','person 7, product-basics, attempt 2');
/*!40000 ALTER TABLE `audit_event` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `certificate`
--

DROP TABLE IF EXISTS `certificate`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `certificate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(40) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `certification_id` varchar(80) NOT NULL,
  `attempt_id` bigint(20) NOT NULL,
  `exam_slug` varchar(80) NOT NULL,
  `percent` double NOT NULL,
  `issued_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `recertify_by` datetime(6) DEFAULT NULL,
  `recertify_reason` mediumtext DEFAULT NULL,
  `replaced_by` bigint(20) DEFAULT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `revoked_by` bigint(20) DEFAULT NULL,
  `revoke_reason` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_certificate_code` (`code`),
  UNIQUE KEY `uk_certificate_attempt` (`attempt_id`),
  KEY `ix_certificate_person` (`person_id`,`certification_id`),
  KEY `ix_certificate_expiry` (`expires_at`),
  CONSTRAINT `fk_certificate_attempt` FOREIGN KEY (`attempt_id`) REFERENCES `exam_attempt` (`id`),
  CONSTRAINT `fk_certificate_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `certificate`
--

LOCK TABLES `certificate` WRITE;
/*!40000 ALTER TABLE `certificate` DISABLE KEYS */;
INSERT INTO `certificate` VALUES
(1,'N2E6QGSEDBXMA8WYKWMS',7,'product-basics',2,'product-basics-en',92.5,'2026-11-24 09:02:10.000000','2027-11-24 00:00:00.000000',NULL,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `certificate` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `certificate_reminder`
--

DROP TABLE IF EXISTS `certificate_reminder`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `certificate_reminder` (
  `certificate_id` bigint(20) NOT NULL,
  `days_before` int(11) NOT NULL,
  `sent_at` datetime(6) NOT NULL,
  PRIMARY KEY (`certificate_id`,`days_before`),
  CONSTRAINT `fk_reminder_certificate` FOREIGN KEY (`certificate_id`) REFERENCES `certificate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `certificate_reminder`
--

LOCK TABLES `certificate_reminder` WRITE;
/*!40000 ALTER TABLE `certificate_reminder` DISABLE KEYS */;
/*!40000 ALTER TABLE `certificate_reminder` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `certification`
--

DROP TABLE IF EXISTS `certification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `certification` (
  `id` varchar(80) NOT NULL,
  `name_en` varchar(200) NOT NULL,
  `name_zh` varchar(200) DEFAULT NULL,
  `validity_months` int(11) NOT NULL,
  `prerequisites` varchar(1000) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `certification`
--

LOCK TABLES `certification` WRITE;
/*!40000 ALTER TABLE `certification` DISABLE KEYS */;
INSERT INTO `certification` VALUES
('complaint-handling','Complaint Handling','投诉处理认证',24,'',0),
('go-live','Go-live Certification','上岗认证',24,'product-basics,service-standards,privacy-compliance',0),
('privacy-compliance','Privacy Compliance','隐私合规认证',12,'',0),
('product-basics','Product Basics','产品基础认证',12,'',0),
('service-standards','Service Standards and Escalation','服务标准与升级处理认证',24,'',0),
('troubleshooting','Troubleshooting','故障排查认证',12,'',0);
/*!40000 ALTER TABLE `certification` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `cohort`
--

DROP TABLE IF EXISTS `cohort`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cohort` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `program_id` bigint(20) NOT NULL,
  `program_revision` int(11) NOT NULL,
  `start_date` date NOT NULL,
  `trainer_id` bigint(20) NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_cohort_program` (`program_id`),
  KEY `fk_cohort_trainer` (`trainer_id`),
  CONSTRAINT `fk_cohort_program` FOREIGN KEY (`program_id`) REFERENCES `program` (`id`),
  CONSTRAINT `fk_cohort_trainer` FOREIGN KEY (`trainer_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `cohort`
--

LOCK TABLES `cohort` WRITE;
/*!40000 ALTER TABLE `cohort` DISABLE KEYS */;
INSERT INTO `cohort` VALUES
(1,'Demo cohort · 演示班',1,1,'2026-11-13',3,2,'2026-11-24 09:02:06.000000',0);
/*!40000 ALTER TABLE `cohort` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `cohort_member`
--

DROP TABLE IF EXISTS `cohort_member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cohort_member` (
  `cohort_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `joined_on` date NOT NULL,
  PRIMARY KEY (`cohort_id`,`person_id`),
  KEY `ix_cohort_member_person` (`person_id`),
  CONSTRAINT `fk_cohort_member_cohort` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`id`),
  CONSTRAINT `fk_cohort_member_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `cohort_member`
--

LOCK TABLES `cohort_member` WRITE;
/*!40000 ALTER TABLE `cohort_member` DISABLE KEYS */;
INSERT INTO `cohort_member` VALUES
(1,6,'2026-11-13'),
(1,9,'2026-11-13'),
(1,10,'2026-11-13');
/*!40000 ALTER TABLE `cohort_member` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `content_import`
--

DROP TABLE IF EXISTS `content_import`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `content_import` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `kind` varchar(20) NOT NULL,
  `started_at` datetime(6) NOT NULL,
  `finished_at` datetime(6) NOT NULL,
  `person_id` bigint(20) DEFAULT NULL,
  `summary` varchar(500) NOT NULL,
  `problems` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `content_import`
--

LOCK TABLES `content_import` WRITE;
/*!40000 ALTER TABLE `content_import` DISABLE KEYS */;
INSERT INTO `content_import` VALUES
(1,'start-up','2026-11-24 09:01:44.000000','2026-11-24 09:02:00.000000',NULL,'courses=8 created=84 updated=0 unchanged=0 images=0 problems=0','');
/*!40000 ALTER TABLE `content_import` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `course`
--

DROP TABLE IF EXISTS `course`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `course` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(80) NOT NULL,
  `track` varchar(30) NOT NULL,
  `position` int(11) NOT NULL,
  `minutes` int(11) NOT NULL,
  `title_en` varchar(200) NOT NULL,
  `title_zh` varchar(200) DEFAULT NULL,
  `summary_en` varchar(1000) DEFAULT NULL,
  `summary_zh` varchar(1000) DEFAULT NULL,
  `prerequisites` varchar(1000) NOT NULL,
  `source_hash` varchar(64) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_course_slug` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `course`
--

LOCK TABLES `course` WRITE;
/*!40000 ALTER TABLE `course` DISABLE KEYS */;
INSERT INTO `course` VALUES
(3,'handset-products','PRODUCTS',10,86,'Handset product knowledge','手机产品知识','Recommend the right Lumen phone for each caller and explain chips, screens, cameras, batteries, LumenOS 5 features and foldable care in plain words.','能为不同客户推荐合适的流明手机，并用通俗的话讲清芯片、屏幕、影像、电池、LumenOS 5 功能和折叠屏保养。','',NULL,0);
/*!40000 ALTER TABLE `course` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `course_image`
--

DROP TABLE IF EXISTS `course_image`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `course_image` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `course_id` bigint(20) NOT NULL,
  `name` varchar(120) NOT NULL,
  `content_type` varchar(40) NOT NULL,
  `content_hash` varchar(64) NOT NULL,
  `bytes` longblob NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_course_image_name` (`course_id`,`name`),
  CONSTRAINT `fk_course_image_course` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `course_image`
--

LOCK TABLES `course_image` WRITE;
/*!40000 ALTER TABLE `course_image` DISABLE KEYS */;
/*!40000 ALTER TABLE `course_image` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `course_module`
--

DROP TABLE IF EXISTS `course_module`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `course_module` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `course_id` bigint(20) NOT NULL,
  `slug` varchar(80) NOT NULL,
  `position` int(11) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_course_module_slug` (`course_id`,`slug`),
  CONSTRAINT `fk_course_module_course` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=43 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `course_module`
--

LOCK TABLES `course_module` WRITE;
/*!40000 ALTER TABLE `course_module` DISABLE KEYS */;
INSERT INTO `course_module` VALUES
(12,3,'model-lines',1,0),
(13,3,'chipsets',2,0);
/*!40000 ALTER TABLE `course_module` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `eligibility`
--

DROP TABLE IF EXISTS `eligibility`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `eligibility` (
  `person_id` bigint(20) NOT NULL,
  `level_code` varchar(40) NOT NULL,
  `eligible` tinyint(1) NOT NULL,
  `met` int(11) NOT NULL,
  `total` int(11) NOT NULL,
  `unmet` varchar(2000) NOT NULL,
  `computed_at` datetime(6) NOT NULL,
  PRIMARY KEY (`person_id`,`level_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `eligibility`
--

LOCK TABLES `eligibility` WRITE;
/*!40000 ALTER TABLE `eligibility` DISABLE KEYS */;
INSERT INTO `eligibility` VALUES
(4,'senior-agent',0,4,9,'0,1,2,3,8','2026-11-24 09:01:43.000000'),
(6,'senior-agent',0,5,9,'0,1,2,8','2026-11-24 09:02:09.000000'),
(7,'senior-agent',0,3,9,'0,1,2,4,7,8','2026-11-24 09:02:10.000000'),
(8,'senior-agent',0,4,9,'0,1,2,3,8','2026-11-24 09:01:43.000000'),
(9,'senior-agent',0,4,9,'0,1,2,3,8','2026-11-24 09:01:43.000000'),
(10,'senior-agent',0,2,9,'0,1,2,3,4,7,8','2026-11-24 09:01:43.000000');
/*!40000 ALTER TABLE `eligibility` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `exam`
--

DROP TABLE IF EXISTS `exam`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `exam` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(80) NOT NULL,
  `title` varchar(200) NOT NULL,
  `locale` varchar(10) NOT NULL,
  `certification_id` varchar(80) DEFAULT NULL,
  `courses` varchar(1000) NOT NULL,
  `time_limit_minutes` int(11) NOT NULL,
  `pass_mark_percent` int(11) NOT NULL,
  `max_attempts` int(11) NOT NULL,
  `cooldown_hours` int(11) NOT NULL,
  `shuffle_questions` tinyint(1) NOT NULL,
  `shuffle_answers` tinyint(1) NOT NULL,
  `draws` varchar(2000) NOT NULL,
  `time_expiry` varchar(20) NOT NULL,
  `grace_minutes` int(11) NOT NULL,
  `review` varchar(20) NOT NULL,
  `rubric` varchar(4000) NOT NULL,
  `version` bigint(20) NOT NULL,
  `settings_source_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_exam_slug` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `exam`
--

LOCK TABLES `exam` WRITE;
/*!40000 ALTER TABLE `exam` DISABLE KEYS */;
INSERT INTO `exam` VALUES
(7,'product-basics-en','Product basics certification exam','en','product-basics','handset-products',25,80,3,24,1,1,'2	products/model-lines\n2	products/chipsets\n2	products/displays\n2	products/cameras\n2	products/batteries\n2	products/os\n2	products/foldables','AUTOSUBMIT',0,'AFTER_SUBMIT','',0,'7902bd2682846a5395c5ff599180afe63f4e49ded175c9d1d7cb50b99a04977a');
/*!40000 ALTER TABLE `exam` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `exam_accommodation`
--

DROP TABLE IF EXISTS `exam_accommodation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `exam_accommodation` (
  `person_id` bigint(20) NOT NULL,
  `exam_id` bigint(20) NOT NULL,
  `extra_minutes` int(11) NOT NULL,
  `extra_attempts` int(11) NOT NULL,
  `reason` varchar(500) NOT NULL,
  `granted_by` bigint(20) NOT NULL,
  `granted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`person_id`,`exam_id`),
  KEY `fk_accommodation_exam` (`exam_id`),
  CONSTRAINT `fk_accommodation_exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`),
  CONSTRAINT `fk_accommodation_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `exam_accommodation`
--

LOCK TABLES `exam_accommodation` WRITE;
/*!40000 ALTER TABLE `exam_accommodation` DISABLE KEYS */;
/*!40000 ALTER TABLE `exam_accommodation` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `exam_attempt`
--

DROP TABLE IF EXISTS `exam_attempt`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `exam_attempt` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `number` int(11) NOT NULL,
  `open_key` varchar(60) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `started_at` datetime(6) NOT NULL,
  `deadline` datetime(6) NOT NULL,
  `time_limit_minutes` int(11) NOT NULL,
  `extra_minutes` int(11) NOT NULL,
  `time_expiry` varchar(20) NOT NULL,
  `grace_minutes` int(11) NOT NULL,
  `pass_mark_percent` int(11) NOT NULL,
  `finished_at` datetime(6) DEFAULT NULL,
  `finished_by` varchar(20) DEFAULT NULL,
  `grading` varchar(20) NOT NULL,
  `score` double DEFAULT NULL,
  `max_score` double DEFAULT NULL,
  `percent` double DEFAULT NULL,
  `passed` tinyint(1) DEFAULT NULL,
  `graded_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_exam_attempt_number` (`exam_id`,`person_id`,`number`),
  UNIQUE KEY `uk_exam_attempt_open` (`open_key`),
  KEY `ix_exam_attempt_status_deadline` (`status`,`deadline`),
  KEY `ix_exam_attempt_person` (`person_id`,`exam_id`),
  CONSTRAINT `fk_exam_attempt_exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`),
  CONSTRAINT `fk_exam_attempt_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `exam_attempt`
--

LOCK TABLES `exam_attempt` WRITE;
/*!40000 ALTER TABLE `exam_attempt` DISABLE KEYS */;
INSERT INTO `exam_attempt` VALUES
(1,7,6,1,NULL,'FINISHED','2026-11-24 09:02:09.000000','2026-11-24 09:27:09.000000',25,0,'AUTOSUBMIT',0,80,'2026-11-24 09:02:09.000000','PERSON','FINAL',2,14,14.3,0,'2026-11-24 09:02:09.000000'),
(2,7,7,1,NULL,'FINISHED','2026-03-02 08:10:00.000000','2026-03-02 08:40:00.000000',30,0,'AUTOSUBMIT',0,60,'2026-03-02 08:30:00.000000',NULL,'FINAL',92.5,100,92.5,1,'2026-03-02 08:30:00.000000');
/*!40000 ALTER TABLE `exam_attempt` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `exam_question`
--

DROP TABLE IF EXISTS `exam_question`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `exam_question` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `question_key` varchar(200) NOT NULL,
  `category` varchar(200) DEFAULT NULL,
  `type` varchar(20) NOT NULL,
  `current_revision_id` bigint(20) DEFAULT NULL,
  `retired` tinyint(1) NOT NULL,
  `version` bigint(20) NOT NULL,
  `source_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_exam_question_key` (`exam_id`,`question_key`),
  CONSTRAINT `fk_exam_question_exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=367 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `exam_question`
--

LOCK TABLES `exam_question` WRITE;
/*!40000 ALTER TABLE `exam_question` DISABLE KEYS */;
INSERT INTO `exam_question` VALUES
(179,7,'id:product-basics-en-01','products/model-lines','MULTICHOICE',179,0,1,'d17c764c76bf33b779032258058f8d77f7736e3a406376319f38a36469df95e8'),
(180,7,'id:product-basics-en-02','products/model-lines','MATCHING',180,0,1,'9b2fb25a5eedd68bbba898ab90bc6919eb35f98e030aa66ce652502a94b03466'),
(181,7,'id:product-basics-en-03','products/model-lines','MULTICHOICE',181,0,1,'59e5d764a464836811a7fceab379bb0eb6ae68db91a2f22256ee54ac21ef0c6e'),
(182,7,'id:product-basics-en-04','products/model-lines','MULTICHOICE',182,0,1,'989ace774696e085816ef328b5238adf23bb936d8ab762e8d7c2a5452bc5e2d2'),
(183,7,'id:product-basics-en-05','products/model-lines','MULTICHOICE',183,0,1,'01ce8e771380801e931e6540ba77cc9c6968fd534a096509e8cacb7e869c80d6'),
(184,7,'id:product-basics-en-06','products/chipsets','MULTIANSWER',184,0,1,'76c7ec764705337be08bc84a30b26cf8f7a9337fac57aa9e3e31f0d73f41aff1'),
(185,7,'id:product-basics-en-07','products/chipsets','NUMERICAL',185,0,1,'03530fc04c11583aa2e11956b81e7dadc5ee3bac25acb1651e01779da606d225'),
(186,7,'id:product-basics-en-08','products/chipsets','MATCHING',186,0,1,'c20989ea0dbd356f6bf11c558924c691145f4d5fdbdc461e89de9f1fd741a885'),
(187,7,'id:product-basics-en-09','products/chipsets','TRUEFALSE',187,0,1,'9c69d934a97f9d39dbcf6295778da881029f7261b42d7dff35da6b84fd601802'),
(188,7,'id:product-basics-en-10','products/chipsets','MULTICHOICE',188,0,1,'9cee82df040c311280ecc070dbc5e51fe908f14355636ca3c1f9d60830178668'),
(189,7,'id:product-basics-en-11','products/displays','MULTICHOICE',189,0,1,'747f09f6e232ddd139a651b81b46976df7f3147c07d80262cae095a70ad22c69'),
(190,7,'id:product-basics-en-12','products/displays','NUMERICAL',190,0,1,'9d9394d182eb54ca36f879cfea53b0c1f1df019e5d8bc4a054b81fd97c780edd'),
(191,7,'id:product-basics-en-13','products/displays','TRUEFALSE',191,0,1,'3b3f8c689bc9d670524c7bb1875ac2c0de476dbb288be0c08405a00a94694a0a'),
(192,7,'id:product-basics-en-14','products/displays','MULTICHOICE',192,0,1,'703b25611b2fca6559511208c44d05a65d3c6008bbab3c63d737cdbd64e28299'),
(193,7,'id:product-basics-en-15','products/cameras','MULTIANSWER',193,0,1,'6be4d3c000b426efb582403099a4ab996330923515aa4234780af2fa87d667e4'),
(194,7,'id:product-basics-en-16','products/cameras','MULTICHOICE',194,0,1,'58f587d72e87a98d823461e45a484f77557b1d41f61250d5799d520ebc7232be'),
(195,7,'id:product-basics-en-17','products/cameras','SHORTANSWER',195,0,1,'6f3318e6633c2fa704429c31854ca5887d05f7bbf60b608cd3e84ff4a452e93c'),
(196,7,'id:product-basics-en-18','products/cameras','NUMERICAL',196,0,1,'eed75d522ca2c8f4711b112f5e6cbe13e2d3dffc3c38de2a15a6047c38de27a9'),
(197,7,'id:product-basics-en-19','products/batteries','NUMERICAL',197,0,1,'872944e804294bad2f5b0338ff72dfa68ac7a0af394a0c03cefdb0e8c9550418'),
(198,7,'id:product-basics-en-20','products/batteries','MATCHING',198,0,1,'f8e139a9e1f63f97614768224fa3886bb5cc6836620b790149c2531f5aed76a3'),
(199,7,'id:product-basics-en-21','products/batteries','MULTICHOICE',199,0,1,'f1d344f17925190498ae9453987497ca6fa4cbcb168d8dc020d1f753ffb9e5f3'),
(200,7,'id:product-basics-en-22','products/batteries','NUMERICAL',200,0,1,'d6d90604ebf81bc2ab8ef1c152b0daa8d3f87a06a66a0fa1633de9589b162304'),
(201,7,'id:product-basics-en-23','products/batteries','MULTICHOICE',201,0,1,'031f4c7fbf4796826b20dfd38c0904c90683c722bd5b2c33fd1f5a9b2f998b36'),
(202,7,'id:product-basics-en-24','products/os','MULTIANSWER',202,0,1,'2e11539ad852eaca39bec5823a082065a3ad58352fcd518c18a002088ebce0af'),
(203,7,'id:product-basics-en-25','products/os','MULTICHOICE',203,0,1,'778c7bd0435a074a2ac3dd388e29d6b35fa21d1bc1da789f71e4b6a1ecd7c8fc'),
(204,7,'id:product-basics-en-26','products/os','NUMERICAL',204,0,1,'edd846382e1a8e48208814863616f9988e65aad0a770eb2dbe6132e24f9ddebc'),
(205,7,'id:product-basics-en-27','products/os','SHORTANSWER',205,0,1,'427ccea5159bc18545e3de34872d4defb77ecdd7da3a81c2059e77001d11aa65'),
(206,7,'id:product-basics-en-28','products/os','MULTICHOICE',206,0,1,'908dbec5bf9fcff2a66198670b31cc48e84960f5327603869b34bc12cd67e073'),
(207,7,'id:product-basics-en-29','products/foldables','MULTICHOICE',207,0,1,'0fae4ab3ef79fdc637861f364aa321588d7af00b6212e9fca0fdf78e8a496e50'),
(208,7,'id:product-basics-en-30','products/foldables','TRUEFALSE',208,0,1,'7aaf063523d86366e8470297c361edbdf7b6324faf8b618d4aa3a001d8b1b08f'),
(209,7,'id:product-basics-en-31','products/foldables','MULTICHOICE',209,0,1,'8916e8333a6533c8d7bdae9e70f6e996d3a6fabccd2f167479e44345abc0553c'),
(210,7,'id:product-basics-en-32','products/foldables','MATCHING',210,0,1,'0823d9a4e7d21b9793676594bd9e96d1d8c130301aaa06c42a1c41204cfa17a6'),
(211,7,'id:product-basics-en-33','products/foldables','MULTIANSWER',211,0,1,'d9a75f6348c2cfe8f1a9e51a36cb70ff16d1b9c6e46612700abf35cefb49ea9c');
/*!40000 ALTER TABLE `exam_question` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `exam_reopening`
--

DROP TABLE IF EXISTS `exam_reopening`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `exam_reopening` (
  `person_id` bigint(20) NOT NULL,
  `certification_id` varchar(80) NOT NULL,
  `reason` varchar(40) NOT NULL,
  `opened_at` datetime(6) NOT NULL,
  PRIMARY KEY (`person_id`,`certification_id`),
  CONSTRAINT `fk_reopening_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `exam_reopening`
--

LOCK TABLES `exam_reopening` WRITE;
/*!40000 ALTER TABLE `exam_reopening` DISABLE KEYS */;
/*!40000 ALTER TABLE `exam_reopening` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `flyway_schema_history`
--

DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int(11) NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int(11) DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `execution_time` int(11) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`),
  KEY `flyway_schema_history_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `flyway_schema_history`
--

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` VALUES
(1,'1','people','SQL','V1__people.sql',-1593884513,'root','2026-11-24 09:01:32',192,1),
(2,'2','sign in throttle','SQL','V2__sign_in_throttle.sql',1221040070,'root','2026-11-24 09:01:32',40,1),
(3,'3','spring session','SQL','V3__spring_session.sql',-1346155753,'root','2026-11-24 09:01:33',390,1),
(4,'4','catalog','SQL','V4__catalog.sql',-84106528,'root','2026-11-24 09:01:33',239,1),
(5,'5','learning progress','SQL','V5__learning_progress.sql',2119713180,'root','2026-11-24 09:01:33',18,1),
(6,'6','module feedback','SQL','V6__module_feedback.sql',1620270146,'root','2026-11-24 09:01:33',219,1),
(7,'7','content import','SQL','V7__content_import.sql',-217377970,'root','2026-11-24 09:01:34',24,1),
(8,'8','exams','SQL','V8__exams.sql',957148576,'root','2026-11-24 09:01:34',189,1),
(9,'9','exam attempts','SQL','V9__exam_attempts.sql',543735825,'root','2026-11-24 09:01:34',648,1),
(10,'10','exam authoring','SQL','V10__exam_authoring.sql',-727051792,'root','2026-11-24 09:01:35',184,1),
(11,'11','certificates','SQL','V11__certificates.sql',382925968,'root','2026-11-24 09:01:35',621,1),
(12,'12','career','SQL','V12__career.sql',1590844834,'root','2026-11-24 09:01:36',858,1),
(13,'13','kpis','SQL','V13__kpis.sql',812058631,'root','2026-11-24 09:01:36',156,1),
(14,'15','onboarding','SQL','V15__onboarding.sql',108298501,'root','2026-11-24 09:01:37',688,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `grade_change`
--

DROP TABLE IF EXISTS `grade_change`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `grade_change` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `attempt_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `reason` varchar(20) NOT NULL,
  `old_score` double DEFAULT NULL,
  `new_score` double NOT NULL,
  `revision_id` bigint(20) NOT NULL,
  `changed_by` bigint(20) DEFAULT NULL,
  `changed_at` datetime(6) NOT NULL,
  `note` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_grade_change_attempt` (`attempt_id`),
  CONSTRAINT `fk_grade_change_attempt` FOREIGN KEY (`attempt_id`) REFERENCES `exam_attempt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `grade_change`
--

LOCK TABLES `grade_change` WRITE;
/*!40000 ALTER TABLE `grade_change` DISABLE KEYS */;
/*!40000 ALTER TABLE `grade_change` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `kpi_month`
--

DROP TABLE IF EXISTS `kpi_month`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `kpi_month` (
  `person_id` bigint(20) NOT NULL,
  `period` char(7) NOT NULL,
  `calls_handled` int(11) NOT NULL,
  `first_contact_resolution` decimal(5,2) NOT NULL,
  `handle_time_seconds` int(11) NOT NULL,
  `qa_score` decimal(5,2) NOT NULL,
  `csat` decimal(5,2) NOT NULL,
  `source` varchar(10) NOT NULL,
  `entered_by` bigint(20) DEFAULT NULL,
  `entered_at` datetime(6) NOT NULL,
  PRIMARY KEY (`person_id`,`period`),
  KEY `fk_kpi_month_entered_by` (`entered_by`),
  KEY `ix_kpi_month_period` (`period`),
  CONSTRAINT `fk_kpi_month_entered_by` FOREIGN KEY (`entered_by`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_kpi_month_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `kpi_month`
--

LOCK TABLES `kpi_month` WRITE;
/*!40000 ALTER TABLE `kpi_month` DISABLE KEYS */;
INSERT INTO `kpi_month` VALUES
(4,'2026-05',852,86.70,418,93.36,91.94,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(4,'2026-06',918,87.80,407,94.24,92.71,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(4,'2026-07',888,87.30,412,93.84,92.36,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(4,'2026-08',954,88.40,401,94.72,93.13,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(4,'2026-09',876,87.10,414,93.68,92.22,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(4,'2026-10',936,88.10,404,94.48,92.92,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-05',1432,89.20,403,91.36,93.44,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-06',1498,90.30,392,92.24,94.21,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-07',1468,89.80,397,91.84,93.86,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-08',1534,90.90,386,92.72,94.63,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-09',1456,89.60,399,91.68,93.72,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(6,'2026-10',1516,90.60,389,92.48,94.42,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-05',1302,78.80,478,84.36,87.44,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-06',1368,79.90,467,85.24,88.21,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-07',1338,79.40,472,84.84,87.86,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-08',1404,80.50,461,85.72,88.63,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-09',1326,79.20,474,84.68,87.72,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(7,'2026-10',1386,80.20,464,85.48,88.42,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-05',1202,84.40,453,87.36,89.94,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-06',1268,85.50,442,88.24,90.71,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-07',1238,85.00,447,87.84,90.36,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-08',1304,86.10,436,88.72,91.13,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-09',1226,84.80,449,87.68,90.22,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(8,'2026-10',1286,85.80,439,88.48,90.92,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-05',1352,85.60,438,88.86,90.94,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-06',1418,86.70,427,89.74,91.71,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-07',1388,86.20,432,89.34,91.36,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-08',1454,87.30,421,90.22,92.13,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-09',1376,86.00,434,89.18,91.22,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(9,'2026-10',1436,87.00,424,89.98,91.92,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-05',1252,82.70,463,86.36,88.44,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-06',1318,83.80,452,87.24,89.21,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-07',1288,83.30,457,86.84,88.86,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-08',1354,84.40,446,87.72,89.63,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-09',1276,83.10,459,86.68,88.72,'IMPORT',NULL,'2026-11-24 09:01:43.000000'),
(10,'2026-10',1336,84.10,449,87.48,89.42,'IMPORT',NULL,'2026-11-24 09:01:43.000000');
/*!40000 ALTER TABLE `kpi_month` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `kpi_upload`
--

DROP TABLE IF EXISTS `kpi_upload`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `kpi_upload` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `file_name` varchar(255) NOT NULL,
  `periods` varchar(2000) NOT NULL,
  `row_count` int(11) NOT NULL,
  `uploaded_by` bigint(20) NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_kpi_upload_person` (`uploaded_by`),
  KEY `ix_kpi_upload_time` (`uploaded_at`),
  CONSTRAINT `fk_kpi_upload_person` FOREIGN KEY (`uploaded_by`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `kpi_upload`
--

LOCK TABLES `kpi_upload` WRITE;
/*!40000 ALTER TABLE `kpi_upload` DISABLE KEYS */;
/*!40000 ALTER TABLE `kpi_upload` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `ladder_level`
--

DROP TABLE IF EXISTS `ladder_level`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ladder_level` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(40) NOT NULL,
  `name_en` varchar(100) NOT NULL,
  `name_zh` varchar(100) NOT NULL,
  `track` varchar(10) NOT NULL,
  `position` int(11) NOT NULL,
  `follows` varchar(400) NOT NULL,
  `grants` varchar(200) NOT NULL,
  `revision` int(11) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by` bigint(20) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_ladder_level_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `ladder_level`
--

LOCK TABLES `ladder_level` WRITE;
/*!40000 ALTER TABLE `ladder_level` DISABLE KEYS */;
INSERT INTO `ladder_level` VALUES
(1,'junior-agent','Junior Agent','初级客服','MAIN',1,'','AGENT',1,'2026-11-24 09:01:42.000000',NULL,0),
(2,'senior-agent','Senior Agent','资深客服','MAIN',2,'junior-agent','AGENT',1,'2026-11-24 09:01:43.000000',NULL,0),
(3,'qa-specialist','QA Specialist','质检专员','MAIN',3,'senior-agent','AGENT,QA',1,'2026-11-24 09:01:43.000000',NULL,0),
(4,'trainer','Trainer','培训师','MAIN',4,'qa-specialist','TRAINER',1,'2026-11-24 09:01:43.000000',NULL,0),
(5,'team-supervisor','Team Supervisor','团队主管','MAIN',5,'trainer','SUPERVISOR',1,'2026-11-24 09:01:43.000000',NULL,0),
(6,'pre-sales-support','Pre-sales Support','售前支持','LATERAL',6,'senior-agent,qa-specialist','AGENT',1,'2026-11-24 09:01:43.000000',NULL,0),
(7,'user-operations','User Operations','用户运营','LATERAL',7,'senior-agent,qa-specialist','AGENT',1,'2026-11-24 09:01:43.000000',NULL,0),
(8,'product-testing','Product Testing','产品测试','LATERAL',8,'senior-agent,qa-specialist','AGENT',1,'2026-11-24 09:01:43.000000',NULL,0),
(9,'overseas-service','Overseas Service','海外市场服务','LATERAL',9,'senior-agent,qa-specialist','AGENT',1,'2026-11-24 09:01:43.000000',NULL,0);
/*!40000 ALTER TABLE `ladder_level` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `ladder_level_change`
--

DROP TABLE IF EXISTS `ladder_level_change`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ladder_level_change` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `level_code` varchar(40) NOT NULL,
  `revision` int(11) NOT NULL,
  `changed_at` datetime(6) NOT NULL,
  `changed_by` bigint(20) DEFAULT NULL,
  `note` varchar(500) NOT NULL,
  `snapshot` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_ladder_level_change_code` (`level_code`,`revision`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `ladder_level_change`
--

LOCK TABLES `ladder_level_change` WRITE;
/*!40000 ALTER TABLE `ladder_level_change` DISABLE KEYS */;
INSERT INTO `ladder_level_change` VALUES
(1,'junior-agent',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: junior-agent\nname: { en: Junior Agent, zh-CN: 初级客服 }\ntrack: main\nfollows: []\ngrants: [AGENT]\nrequirements:\n  - certification: go-live\n'),
(2,'senior-agent',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: senior-agent\nname: { en: Senior Agent, zh-CN: 资深客服 }\ntrack: main\nfollows: [junior-agent]\ngrants: [AGENT]\nrequirements:\n  - certification: go-live\n  - certification: troubleshooting\n  - certification: complaint-handling\n  - tenure-months: 6\n  - kpi: first-contact-resolution, at-least: 85, months: 3\n  - kpi: handle-time, at-least: 300, at-most: 480, months: 3\n  - kpi: qa-score, at-least: 85, months: 3\n  - kpi: csat, at-least: 90, months: 3\n  - assessment: [complaint-handling-en,complaint-handling-zh], within-months: 12\n  - supervisor-review: true\n'),
(3,'qa-specialist',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: qa-specialist\nname: { en: QA Specialist, zh-CN: 质检专员 }\ntrack: main\nfollows: [senior-agent]\ngrants: [AGENT, QA]\nrequirements:\n  - certification: service-standards\n  - certification: privacy-compliance\n  - certification: complaint-handling\n  - course: quality-and-feedback\n  - tenure-months: 12\n  - kpi: qa-score, at-least: 92, months: 6\n  - kpi: first-contact-resolution, at-least: 85, months: 6\n  - assessment: [service-standards-en,service-standards-zh], within-months: 12\n  - supervisor-review: true\n'),
(4,'trainer',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: trainer\nname: { en: Trainer, zh-CN: 培训师 }\ntrack: main\nfollows: [qa-specialist]\ngrants: [TRAINER]\nrequirements:\n  - certification: product-basics\n  - certification: troubleshooting\n  - certification: service-standards\n  - certification: complaint-handling\n  - certification: privacy-compliance\n  - certification: go-live\n  - course: customer-communication\n  - tenure-months: 12\n  - assessment: [go-live-en,go-live-zh], within-months: 12\n  - supervisor-review: true\n'),
(5,'team-supervisor',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: team-supervisor\nname: { en: Team Supervisor, zh-CN: 团队主管 }\ntrack: main\nfollows: [trainer]\ngrants: [SUPERVISOR]\nrequirements:\n  - certification: complaint-handling\n  - certification: privacy-compliance\n  - certification: go-live\n  - tenure-months: 12\n  - assessment: [complaint-handling-en,complaint-handling-zh], within-months: 12\n  - supervisor-review: true\n'),
(6,'pre-sales-support',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: pre-sales-support\nname: { en: Pre-sales Support, zh-CN: 售前支持 }\ntrack: lateral\nfollows: [senior-agent, qa-specialist]\ngrants: [AGENT]\nrequirements:\n  - certification: product-basics\n  - course: handset-products\n  - tenure-months: 6\n  - kpi: csat, at-least: 90, months: 3\n  - supervisor-review: true\n'),
(7,'user-operations',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: user-operations\nname: { en: User Operations, zh-CN: 用户运营 }\ntrack: lateral\nfollows: [senior-agent, qa-specialist]\ngrants: [AGENT]\nrequirements:\n  - course: customer-communication\n  - tenure-months: 6\n  - kpi: csat, at-least: 92, months: 3\n  - supervisor-review: true\n'),
(8,'product-testing',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: product-testing\nname: { en: Product Testing, zh-CN: 产品测试 }\ntrack: lateral\nfollows: [senior-agent, qa-specialist]\ngrants: [AGENT]\nrequirements:\n  - certification: troubleshooting\n  - course: quality-and-feedback\n  - tenure-months: 6\n  - supervisor-review: true\n'),
(9,'overseas-service',1,'2026-11-24 09:01:43.000000',NULL,'seeded from ladder.yml','code: overseas-service\nname: { en: Overseas Service, zh-CN: 海外市场服务 }\ntrack: lateral\nfollows: [senior-agent, qa-specialist]\ngrants: [AGENT]\nrequirements:\n  - certification: complaint-handling\n  - course: service-english\n  - tenure-months: 6\n  - kpi: csat, at-least: 90, months: 3\n  - supervisor-review: true\n');
/*!40000 ALTER TABLE `ladder_level_change` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `ladder_requirement`
--

DROP TABLE IF EXISTS `ladder_requirement`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ladder_requirement` (
  `level_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `kind` varchar(30) NOT NULL,
  `subject` varchar(400) DEFAULT NULL,
  `min_value` decimal(10,2) DEFAULT NULL,
  `max_value` decimal(10,2) DEFAULT NULL,
  `months` int(11) DEFAULT NULL,
  PRIMARY KEY (`level_id`,`position`),
  CONSTRAINT `fk_ladder_requirement_level` FOREIGN KEY (`level_id`) REFERENCES `ladder_level` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `ladder_requirement`
--

LOCK TABLES `ladder_requirement` WRITE;
/*!40000 ALTER TABLE `ladder_requirement` DISABLE KEYS */;
INSERT INTO `ladder_requirement` VALUES
(1,0,'CERTIFICATION','go-live',NULL,NULL,NULL),
(2,0,'CERTIFICATION','go-live',NULL,NULL,NULL),
(2,1,'CERTIFICATION','troubleshooting',NULL,NULL,NULL),
(2,2,'CERTIFICATION','complaint-handling',NULL,NULL,NULL),
(2,3,'TENURE',NULL,NULL,NULL,6),
(2,4,'KPI','first-contact-resolution',85.00,NULL,3),
(2,5,'KPI','handle-time',300.00,480.00,3),
(2,6,'KPI','qa-score',85.00,NULL,3),
(2,7,'KPI','csat',90.00,NULL,3),
(2,8,'ASSESSMENT','complaint-handling-en,complaint-handling-zh',NULL,NULL,12),
(2,9,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(3,0,'CERTIFICATION','service-standards',NULL,NULL,NULL),
(3,1,'CERTIFICATION','privacy-compliance',NULL,NULL,NULL),
(3,2,'CERTIFICATION','complaint-handling',NULL,NULL,NULL),
(3,3,'COURSE','quality-and-feedback',NULL,NULL,NULL),
(3,4,'TENURE',NULL,NULL,NULL,12),
(3,5,'KPI','qa-score',92.00,NULL,6),
(3,6,'KPI','first-contact-resolution',85.00,NULL,6),
(3,7,'ASSESSMENT','service-standards-en,service-standards-zh',NULL,NULL,12),
(3,8,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(4,0,'CERTIFICATION','product-basics',NULL,NULL,NULL),
(4,1,'CERTIFICATION','troubleshooting',NULL,NULL,NULL),
(4,2,'CERTIFICATION','service-standards',NULL,NULL,NULL),
(4,3,'CERTIFICATION','complaint-handling',NULL,NULL,NULL),
(4,4,'CERTIFICATION','privacy-compliance',NULL,NULL,NULL),
(4,5,'CERTIFICATION','go-live',NULL,NULL,NULL),
(4,6,'COURSE','customer-communication',NULL,NULL,NULL),
(4,7,'TENURE',NULL,NULL,NULL,12),
(4,8,'ASSESSMENT','go-live-en,go-live-zh',NULL,NULL,12),
(4,9,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(5,0,'CERTIFICATION','complaint-handling',NULL,NULL,NULL),
(5,1,'CERTIFICATION','privacy-compliance',NULL,NULL,NULL),
(5,2,'CERTIFICATION','go-live',NULL,NULL,NULL),
(5,3,'TENURE',NULL,NULL,NULL,12),
(5,4,'ASSESSMENT','complaint-handling-en,complaint-handling-zh',NULL,NULL,12),
(5,5,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(6,0,'CERTIFICATION','product-basics',NULL,NULL,NULL),
(6,1,'COURSE','handset-products',NULL,NULL,NULL),
(6,2,'TENURE',NULL,NULL,NULL,6),
(6,3,'KPI','csat',90.00,NULL,3),
(6,4,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(7,0,'COURSE','customer-communication',NULL,NULL,NULL),
(7,1,'TENURE',NULL,NULL,NULL,6),
(7,2,'KPI','csat',92.00,NULL,3),
(7,3,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(8,0,'CERTIFICATION','troubleshooting',NULL,NULL,NULL),
(8,1,'COURSE','quality-and-feedback',NULL,NULL,NULL),
(8,2,'TENURE',NULL,NULL,NULL,6),
(8,3,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL),
(9,0,'CERTIFICATION','complaint-handling',NULL,NULL,NULL),
(9,1,'COURSE','service-english',NULL,NULL,NULL),
(9,2,'TENURE',NULL,NULL,NULL,6),
(9,3,'KPI','csat',90.00,NULL,3),
(9,4,'SUPERVISOR_REVIEW',NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `ladder_requirement` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `level_change`
--

DROP TABLE IF EXISTS `level_change`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `level_change` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `from_level` varchar(40) DEFAULT NULL,
  `to_level` varchar(40) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `changed_at` datetime(6) NOT NULL,
  `changed_by` bigint(20) DEFAULT NULL,
  `reason` varchar(1000) NOT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_level_change_person` (`person_id`,`changed_at`),
  KEY `ix_level_change_when` (`changed_at`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `level_change`
--

LOCK TABLES `level_change` WRITE;
/*!40000 ALTER TABLE `level_change` DISABLE KEYS */;
INSERT INTO `level_change` VALUES
(1,6,NULL,'junior-agent','START','2025-09-24 10:00:00.000000',NULL,'demo history',NULL),
(2,7,NULL,'junior-agent','START','2026-02-24 10:00:00.000000',NULL,'demo history',NULL),
(3,8,NULL,'junior-agent','START','2026-07-24 10:00:00.000000',NULL,'demo history',NULL),
(4,9,NULL,'junior-agent','START','2026-04-24 10:00:00.000000',NULL,'demo history',NULL),
(5,10,NULL,'junior-agent','START','2026-10-24 10:00:00.000000',NULL,'demo history',NULL),
(6,4,'senior-agent','qa-specialist','PROMOTION','2026-03-24 10:00:00.000000',NULL,'demo history',NULL),
(7,3,'qa-specialist','trainer','PROMOTION','2026-01-24 10:00:00.000000',NULL,'demo history',NULL),
(8,5,'trainer','team-supervisor','PROMOTION','2024-05-24 10:00:00.000000',NULL,'demo history',NULL),
(9,11,'trainer','team-supervisor','PROMOTION','2026-06-24 10:00:00.000000',NULL,'demo history',NULL);
/*!40000 ALTER TABLE `level_change` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `module_feedback`
--

DROP TABLE IF EXISTS `module_feedback`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `module_feedback` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `module_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `text` varchar(4000) NOT NULL,
  `status` varchar(20) NOT NULL,
  `answer` varchar(4000) DEFAULT NULL,
  `answered_by` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `answered_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_module_feedback_module` (`module_id`),
  KEY `ix_module_feedback_status` (`status`,`created_at`),
  KEY `ix_module_feedback_person` (`person_id`,`created_at`),
  CONSTRAINT `fk_module_feedback_module` FOREIGN KEY (`module_id`) REFERENCES `course_module` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `module_feedback`
--

LOCK TABLES `module_feedback` WRITE;
/*!40000 ALTER TABLE `module_feedback` DISABLE KEYS */;
/*!40000 ALTER TABLE `module_feedback` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `module_progress`
--

DROP TABLE IF EXISTS `module_progress`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `module_progress` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `module_id` bigint(20) NOT NULL,
  `completed_revision_id` bigint(20) DEFAULT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `position_percent` int(11) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_module_progress` (`person_id`,`module_id`),
  KEY `fk_module_progress_module` (`module_id`),
  CONSTRAINT `fk_module_progress_module` FOREIGN KEY (`module_id`) REFERENCES `course_module` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `module_progress`
--

LOCK TABLES `module_progress` WRITE;
/*!40000 ALTER TABLE `module_progress` DISABLE KEYS */;
/*!40000 ALTER TABLE `module_progress` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `module_revision`
--

DROP TABLE IF EXISTS `module_revision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `module_revision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `module_id` bigint(20) NOT NULL,
  `locale` varchar(10) NOT NULL,
  `number` int(11) NOT NULL,
  `status` varchar(12) NOT NULL,
  `title` varchar(200) NOT NULL,
  `minutes` int(11) NOT NULL,
  `markdown` mediumtext NOT NULL,
  `html` mediumtext NOT NULL,
  `toc` mediumtext NOT NULL,
  `plain_text` mediumtext NOT NULL,
  `major_change` tinyint(1) NOT NULL,
  `change_summary` varchar(500) DEFAULT NULL,
  `source_hash` varchar(64) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `published_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_module_revision_number` (`module_id`,`locale`,`number`),
  KEY `ix_module_revision_status` (`module_id`,`locale`,`status`),
  CONSTRAINT `fk_module_revision_module` FOREIGN KEY (`module_id`) REFERENCES `course_module` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=85 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `module_revision`
--

LOCK TABLES `module_revision` WRITE;
/*!40000 ALTER TABLE `module_revision` DISABLE KEYS */;
INSERT INTO `module_revision` VALUES
(23,12,'en',1,'PUBLISHED','The Lumen model lines',12,'Many calls start with \"Which phone should I buy?\" or \"Can my phone do this?\". Both are easier when\nyou know what each Lumen line is built for, who it suits, and how the P and Max cameras differ.\n\n## The lines at a glance\n\n| Line | Position | Built for | Headline facts | Chip |\n| --- | --- | --- | --- | --- |\n| P70 / P70 Pro | camera flagship | photography enthusiasts, travellers, creators | Super Night, Pro mode; on the Pro: 1-inch sensor, variable aperture f/1.4–f/4.0, 5× periscope | Spark 9000 (Pro), Spark 8000 |\n| Max 70 / Max 70 Pro | business flagship | managers, field staff, heavy users | 5,500 mAh, enterprise security chip, IP68, satellite texts (Pro) | Spark 9000 (Pro), Spark 8000 |\n| Fold 3 | book-style foldable | readers, document editors, multitaskers | 7.8-inch inner screen, hinge rated for 400,000 folds | Spark 9000 |\n| Flip 2 | flip foldable | people who want a compact, stylish phone | 6.9-inch inner screen, 3.6-inch cover screen | Spark 8000 |\n| A30 | value phone | first smartphone, students, elderly users | 90 Hz LCD, 5,000 mAh, 40 W charging | Spark 700 |\n\nA rule for the names: in the P and Max lines the **Pro** model carries the Spark 9000 and the\nfastest charging (88 W wired, 50 W wireless). The standard model uses the Spark 8000 and 66 W.\n\n## Matching a phone to a caller\n\nDon\'t recite the table. Ask a few short questions, then recommend one line with one reason.\n\n1. \"What do you use your phone for most during the day?\"\n2. \"Is there anything about your current phone that annoys you?\"\n3. \"Do you have a budget in mind?\"\n\nThen match the answer to the \"Built for\" column: night photos and trips point to the P line,\ne-mail and business travel to the Max line, a tablet in the pocket to the Fold 3, a small phone\nthat opens up to the Flip 2, and a reliable all-day phone without a flagship price to the A30.\n\nThe customer record may carry a persona tag such as \"photography enthusiast\" or \"new to the\nworkplace\". Treat it as a hint and still ask.\n\n> \"Since most of your photos are taken in the evening, I would look at the P70 Pro. Its large\n> sensor lets in a lot of light, so night shots stay clear without a flash.\"\n\n## How the P and Max cameras differ\n\nCallers ask why they should pick the P70 Pro over the Max 70 Pro when \"both are flagships\". The\nhonest answer: each line spends its design budget on different things.\n\n| | P line | Max line |\n| --- | --- | --- |\n| Priority | image quality in every light | battery life, security, toughness |\n| Main sensor | 1-inch on the P70 Pro: more light, cleaner night shots, natural background blur | a dependable camera for everyday photos, documents and video calls |\n| Aperture | variable f/1.4–f/4.0 on the P70 Pro: wide for low light, narrower for groups | not a selling point |\n| Zoom | 5× periscope on the P70 Pro: close-ups from far away | see the spec sheet |\n\nOn the phone, without jargon:\n\n> \"The P70 Pro is built around its camera: the sensor is very large, so it catches more light and\n> keeps detail at night. The Max 70 Pro takes very good everyday photos too, but its strengths are\n> a battery that lasts a long working day and a chip that protects company data.\"\n\n!!! note\n    Asked for a detail you don\'t have, such as a model\'s weight? Look it up in the spec sheet. A\n    wrong number said with confidence becomes a complaint later.\n\n## Foldables and the A30\n\nFoldables need more care than a bar phone, so say so when you recommend one: \"The inner screen\nhas a protective film that must stay on.\"\n\nThe **A30** is not a lesser phone: a big battery, a smooth screen and 40 W charging suit many\ncallers. Never make anyone feel that choosing it is a poor decision.\n\n!!! tip \"Do\"\n    Ask what the caller does with the phone before recommending a line, and give one clear reason.\n\n!!! warning \"Don\'t\"\n    Don\'t compare Lumen phones with other makers\' models by name, and don\'t run down one Lumen line\n    to sell another.\n\n## Knowledge check\n\n```gift\n::lines-photo::A caller mostly photographs city streets at night. Which line do you suggest first? {\n=The P line, ideally the P70 Pro with its 1-inch sensor #Right. A larger sensor gathers more light, which night photos need.\n~The Max line, because it has the largest battery #Battery life does not improve night photos.\n~The A30, because it has a 90 Hz screen #Refresh rate has nothing to do with photo quality.\n}\n\n::lines-max::Which feature belongs to the Max 70 Pro rather than the P70 Pro? {\n=Satellite text messages #Correct. Satellite messaging is a Max 70 Pro feature.\n~A variable aperture f/1.4–f/4.0 #That is a P70 Pro camera feature.\n~A 5× periscope as the line\'s main selling point #Zoom is a P line selling point.\n}\n\n::lines-pro::What does the Pro model in the P and Max lines add over the standard model? {\n=The Spark 9000 chip and 88 W wired charging #Correct. The standard models use the Spark 8000 and 66 W.\n~A 90 Hz LCD #That is the A30\'s screen.\n~A foldable inner screen #Only the Fold 3 and Flip 2 fold.\n}\n```\n','<p>Many calls start with &#34;Which phone should I buy?&#34; or &#34;Can my phone do this?&#34;. Both are easier when\nyou know what each Lumen line is built for, who it suits, and how the P and Max cameras differ.</p>\n<h2 id=\"the-lines-at-a-glance\">The lines at a glance</h2>\n<table><thead><tr><th>Line</th><th>Position</th><th>Built for</th><th>Headline facts</th><th>Chip</th></tr></thead><tbody><tr><td>P70 / P70 Pro</td><td>camera flagship</td><td>photography enthusiasts, travellers, creators</td><td>Super Night, Pro mode; on the Pro: 1-inch sensor, variable aperture f/1.4–f/4.0, 5× periscope</td><td>Spark 9000 (Pro), Spark 8000</td></tr><tr><td>Max 70 / Max 70 Pro</td><td>business flagship</td><td>managers, field staff, heavy users</td><td>5,500 mAh, enterprise security chip, IP68, satellite texts (Pro)</td><td>Spark 9000 (Pro), Spark 8000</td></tr><tr><td>Fold 3</td><td>book-style foldable</td><td>readers, document editors, multitaskers</td><td>7.8-inch inner screen, hinge rated for 400,000 folds</td><td>Spark 9000</td></tr><tr><td>Flip 2</td><td>flip foldable</td><td>people who want a compact, stylish phone</td><td>6.9-inch inner screen, 3.6-inch cover screen</td><td>Spark 8000</td></tr><tr><td>A30</td><td>value phone</td><td>first smartphone, students, elderly users</td><td>90 Hz LCD, 5,000 mAh, 40 W charging</td><td>Spark 700</td></tr></tbody></table>\n<p>A rule for the names: in the P and Max lines the <strong>Pro</strong> model carries the Spark 9000 and the\nfastest charging (88 W wired, 50 W wireless). The standard model uses the Spark 8000 and 66 W.</p>\n<h2 id=\"matching-a-phone-to-a-caller\">Matching a phone to a caller</h2>\n<p>Don&#39;t recite the table. Ask a few short questions, then recommend one line with one reason.</p>\n<ol><li>&#34;What do you use your phone for most during the day?&#34;</li><li>&#34;Is there anything about your current phone that annoys you?&#34;</li><li>&#34;Do you have a budget in mind?&#34;</li></ol>\n<p>Then match the answer to the &#34;Built for&#34; column: night photos and trips point to the P line,\ne-mail and business travel to the Max line, a tablet in the pocket to the Fold 3, a small phone\nthat opens up to the Flip 2, and a reliable all-day phone without a flagship price to the A30.</p>\n<p>The customer record may carry a persona tag such as &#34;photography enthusiast&#34; or &#34;new to the\nworkplace&#34;. Treat it as a hint and still ask.</p>\n<blockquote>\n<p>&#34;Since most of your photos are taken in the evening, I would look at the P70 Pro. Its large\nsensor lets in a lot of light, so night shots stay clear without a flash.&#34;</p>\n</blockquote>\n<h2 id=\"how-the-p-and-max-cameras-differ\">How the P and Max cameras differ</h2>\n<p>Callers ask why they should pick the P70 Pro over the Max 70 Pro when &#34;both are flagships&#34;. The\nhonest answer: each line spends its design budget on different things.</p>\n<table><thead><tr><th> </th><th>P line</th><th>Max line</th></tr></thead><tbody><tr><td>Priority</td><td>image quality in every light</td><td>battery life, security, toughness</td></tr><tr><td>Main sensor</td><td>1-inch on the P70 Pro: more light, cleaner night shots, natural background blur</td><td>a dependable camera for everyday photos, documents and video calls</td></tr><tr><td>Aperture</td><td>variable f/1.4–f/4.0 on the P70 Pro: wide for low light, narrower for groups</td><td>not a selling point</td></tr><tr><td>Zoom</td><td>5× periscope on the P70 Pro: close-ups from far away</td><td>see the spec sheet</td></tr></tbody></table>\n<p>On the phone, without jargon:</p>\n<blockquote>\n<p>&#34;The P70 Pro is built around its camera: the sensor is very large, so it catches more light and\nkeeps detail at night. The Max 70 Pro takes very good everyday photos too, but its strengths are\na battery that lasts a long working day and a chip that protects company data.&#34;</p>\n</blockquote>\n<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n<p>Asked for a detail you don&#39;t have, such as a model&#39;s weight? Look it up in the spec sheet. A\nwrong number said with confidence becomes a complaint later.</p>\n</aside>\n<h2 id=\"foldables-and-the-a30\">Foldables and the A30</h2>\n<p>Foldables need more care than a bar phone, so say so when you recommend one: &#34;The inner screen\nhas a protective film that must stay on.&#34;</p>\n<p>The <strong>A30</strong> is not a lesser phone: a big battery, a smooth screen and 40 W charging suit many\ncallers. Never make anyone feel that choosing it is a poor decision.</p>\n<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Do</p>\n<p>Ask what the caller does with the phone before recommending a line, and give one clear reason.</p>\n</aside>\n<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Don&#39;t</p>\n<p>Don&#39;t compare Lumen phones with other makers&#39; models by name, and don&#39;t run down one Lumen line\nto sell another.</p>\n</aside>\n<h2 id=\"knowledge-check\">Knowledge check</h2>\n<section class=\"knowledge-check\" aria-label=\"Knowledge check\"><p class=\"knowledge-check-title\">Knowledge check</p><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">A caller mostly photographs city streets at night. Which line do you suggest first?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-0\" data-fraction=\"1.0\" data-feedback=\"Right. A larger sensor gathers more light, which night photos need.\"><label class=\"form-check-label\" for=\"kc0-0-0\">The P line, ideally the P70 Pro with its 1-inch sensor</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-1\" data-fraction=\"0.0\" data-feedback=\"Battery life does not improve night photos.\"><label class=\"form-check-label\" for=\"kc0-0-1\">The Max line, because it has the largest battery</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-2\" data-fraction=\"0.0\" data-feedback=\"Refresh rate has nothing to do with photo quality.\"><label class=\"form-check-label\" for=\"kc0-0-2\">The A30, because it has a 90 Hz screen</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">Which feature belongs to the Max 70 Pro rather than the P70 Pro?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-0\" data-fraction=\"1.0\" data-feedback=\"Correct. Satellite messaging is a Max 70 Pro feature.\"><label class=\"form-check-label\" for=\"kc0-1-0\">Satellite text messages</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-1\" data-fraction=\"0.0\" data-feedback=\"That is a P70 Pro camera feature.\"><label class=\"form-check-label\" for=\"kc0-1-1\">A variable aperture f/1.4–f/4.0</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-2\" data-fraction=\"0.0\" data-feedback=\"Zoom is a P line selling point.\"><label class=\"form-check-label\" for=\"kc0-1-2\">A 5× periscope as the line&#39;s main selling point</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">What does the Pro model in the P and Max lines add over the standard model?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-0\" data-fraction=\"1.0\" data-feedback=\"Correct. The standard models use the Spark 8000 and 66 W.\"><label class=\"form-check-label\" for=\"kc0-2-0\">The Spark 9000 chip and 88 W wired charging</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-1\" data-fraction=\"0.0\" data-feedback=\"That is the A30&#39;s screen.\"><label class=\"form-check-label\" for=\"kc0-2-1\">A 90 Hz LCD</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-2\" data-fraction=\"0.0\" data-feedback=\"Only the Fold 3 and Flip 2 fold.\"><label class=\"form-check-label\" for=\"kc0-2-2\">A foldable inner screen</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form></section>\n','2	the-lines-at-a-glance	The lines at a glance\n2	matching-a-phone-to-a-caller	Matching a phone to a caller\n2	how-the-p-and-max-cameras-differ	How the P and Max cameras differ\n2	foldables-and-the-a30	Foldables and the A30\n2	knowledge-check	Knowledge check\n','Many calls start with \"Which phone should I buy?\" or \"Can my phone do this?\". Both are easier when you know what each Lumen line is built for, who it suits, and how the P and Max cameras differ. The lines at a glance Line Position Built for Headline facts Chip P70 / P70 Pro camera flagship photography enthusiasts, travellers, creators Super Night, Pro mode; on the Pro: 1-inch sensor, variable aperture f/1.4–f/4.0, 5× periscope Spark 9000 (Pro), Spark 8000 Max 70 / Max 70 Pro business flagship managers, field staff, heavy users 5,500 mAh, enterprise security chip, IP68, satellite texts (Pro) Spark 9000 (Pro), Spark 8000 Fold 3 book-style foldable readers, document editors, multitaskers 7.8-inch inner screen, hinge rated for 400,000 folds Spark 9000 Flip 2 flip foldable people who want a compact, stylish phone 6.9-inch inner screen, 3.6-inch cover screen Spark 8000 A30 value phone first smartphone, students, elderly users 90 Hz LCD, 5,000 mAh, 40 W charging Spark 700 A rule for the names: in the P and Max lines the Pro model carries the Spark 9000 and the fastest charging (88 W wired, 50 W wireless). The standard model uses the Spark 8000 and 66 W. Matching a phone to a caller Don\'t recite the table. Ask a few short questions, then recommend one line with one reason. \"What do you use your phone for most during the day?\" \"Is there anything about your current phone that annoys you?\" \"Do you have a budget in mind?\" Then match the answer to the \"Built for\" column: night photos and trips point to the P line, e-mail and business travel to the Max line, a tablet in the pocket to the Fold 3, a small phone that opens up to the Flip 2, and a reliable all-day phone without a flagship price to the A30. The customer record may carry a persona tag such as \"photography enthusiast\" or \"new to the workplace\". Treat it as a hint and still ask. \"Since most of your photos are taken in the evening, I would look at the P70 Pro. Its large sensor lets in a lot of light, so night shots stay clear without a flash.\" How the P and Max cameras differ Callers ask why they should pick the P70 Pro over the Max 70 Pro when \"both are flagships\". The honest answer: each line spends its design budget on different things. P line Max line Priority image quality in every light battery life, security, toughness Main sensor 1-inch on the P70 Pro: more light, cleaner night shots, natural background blur a dependable camera for everyday photos, documents and video calls Aperture variable f/1.4–f/4.0 on the P70 Pro: wide for low light, narrower for groups not a selling point Zoom 5× periscope on the P70 Pro: close-ups from far away see the spec sheet On the phone, without jargon: \"The P70 Pro is built around its camera: the sensor is very large, so it catches more light and keeps detail at night. The Max 70 Pro takes very good everyday photos too, but its strengths are a battery that lasts a long working day and a chip that protects company data.\" Note Asked for a detail you don\'t have, such as a model\'s weight? Look it up in the spec sheet. A wrong number said with confidence becomes a complaint later. Foldables and the A30 Foldables need more care than a bar phone, so say so when you recommend one: \"The inner screen has a protective film that must stay on.\" The A30 is not a lesser phone: a big battery, a smooth screen and 40 W charging suit many callers. Never make anyone feel that choosing it is a poor decision. Do Ask what the caller does with the phone before recommending a line, and give one clear reason. Don\'t Don\'t compare Lumen phones with other makers\' models by name, and don\'t run down one Lumen line to sell another. Knowledge check',0,NULL,'48cf8bc180656616d0d849fe45d18a8b59ddb9305afb858b6e53d8b12ced7a62',NULL,'2026-11-24 09:01:51.000000','2026-11-24 09:01:51.000000',1),
(24,12,'zh-CN',1,'PUBLISHED','流明产品线一览',12,'很多来电的第一句话是\"我该买哪款？\"或者\"我这台手机能不能……？\"。只要心里清楚每条产品线为谁而做、主打什么，这两类问题都能答得又快又准。本模块带你认识流明的五条手机产品线，并讲清楚 P 系列和 Max 系列在影像上的区别。\n\n## 产品线速览\n\n| 产品线 | 定位 | 适合人群 | 主要卖点 | 芯片 |\n| --- | --- | --- | --- | --- |\n| 流明 P70 / P70 Pro | 影像旗舰 | 摄影爱好者、爱旅行的人、内容创作者 | 超级夜景、专业模式；Pro 版配 1 英寸主摄、f/1.4–f/4.0 可变光圈、5 倍潜望式长焦 | Spark 9000（Pro）、Spark 8000 |\n| 流明 Max 70 / Max 70 Pro | 商务旗舰 | 管理者、经常出差或外勤的用户 | 5,500 mAh 电池、企业级安全芯片、IP68、卫星短信（Pro） | Spark 9000（Pro）、Spark 8000 |\n| 流明 Fold 3 | 书本式折叠屏 | 爱阅读、常处理文档、喜欢分屏多任务的人 | 7.8 英寸内屏，水滴铰链可折叠 40 万次 | Spark 9000 |\n| 流明 Flip 2 | 竖向小折叠 | 想要小巧、时尚手机的人 | 6.9 英寸内屏、3.6 英寸外屏 | Spark 8000 |\n| 流明 A30 | 高性价比 | 第一次用智能机的人、学生、老年用户、备用机 | 90 Hz LCD、5,000 mAh、40 W 快充 | Spark 700 |\n\n记住一个命名规律：P 系列和 Max 系列里，**Pro** 版用 Spark 9000，充电最快（有线 88 W、无线 50 W）；标准版用 Spark 8000，有线 66 W。\n\n## 帮客户选机：先问，再推荐\n\n不要把上面的表格念给客户听。先问两三个简单的问题，再推荐一条产品线，并给出一个对这位客户真正有用的理由。\n\n1. \"您平时用手机最多的是做什么？\"\n2. \"现在这台手机有没有让您觉得不顺手的地方？\"\n3. \"您大概的预算是多少？\"\n\n然后对号入座：喜欢拍孩子、拍美食、拍夜景的，推荐 P 系列；整天收发邮件、经常出差、在意公司数据安全的，推荐 Max 系列；想把\"小平板\"装进口袋的，推荐 Fold 3；想要小巧又能展开的，推荐 Flip 2；只想要一台耐用、续航好、价格实在的，推荐 A30。\n\n客户档案里可能带有\"摄影爱好者\"\"职场新人\"这类用户画像标签。标签可以作参考，但还是要亲口问一问。\n\n> \"您说大部分照片都是晚上拍的，那我建议您看看 P70 Pro。它的主摄是大底，进光量大，晚上不开闪光灯也能拍得很清楚。\"\n\n## P 系列和 Max 系列的影像有什么不同\n\n客户常问：\"P70 Pro 和 Max 70 Pro 都是旗舰，拍照不都挺好吗？\"实话实说：两条产品线把设计重点放在了不同的地方。\n\n| | P 系列 | Max 系列 |\n| --- | --- | --- |\n| 设计重点 | 各种光线下的成像质量 | 续航、安全、耐用 |\n| 主摄 | P70 Pro 为 1 英寸大底：进光多，夜景更干净，背景虚化更自然 | 日常拍照、拍文件、视频通话都很可靠 |\n| 光圈 | P70 Pro 为 f/1.4–f/4.0 可变光圈：暗光时开大，拍合影时收小 | 不是主打卖点 |\n| 变焦 | P70 Pro 配 5 倍潜望式长焦：远处拍特写，细节不丢 | 具体配置以规格表为准 |\n\n电话里可以这样讲，不用术语：\n\n> \"P70 Pro 是围绕拍照设计的，传感器特别大，能吃进更多光，晚上照片细节也保得住。Max 70 Pro 日常拍照也很好，但它最大的优势是电池能撑过一整天的高强度工作，还有一颗专门保护企业数据的安全芯片。\"\n\n!!! note \"注意\"\n    客户问到你手头没有的参数，比如某款机型的重量，请查知识库里的规格表。自信地报错一个数字，往往就是日后的一单投诉。\n\n## 折叠屏和 A30\n\n折叠屏比直板机更需要爱护，推荐时要顺带提醒一句：\"内屏上有一层出厂保护膜，千万不要撕。\"\n\nA30 不是\"低配机\"：大电池、流畅的屏幕、40 W 快充，正是很多客户需要的。任何时候都不要让客户觉得选它是\"将就\"。\n\n!!! tip \"建议这样做\"\n    推荐之前先问清客户怎么用手机，推荐时给出一个清楚的理由。\n\n!!! warning \"不要这样做\"\n    不要点名拿流明和其他厂商的机型作比较，也不要为了推荐一条产品线而贬低另一条。\n\n## 知识自测\n\n```gift\n::lines-photo::客户大多在晚上拍城市街景，想要最好的暗光效果。你首先推荐哪条产品线？{\n=P 系列，最好是配 1 英寸主摄的 P70 Pro #正确。大底传感器进光更多，夜景最需要的就是光。\n~Max 系列，因为电池最大 #续航和夜景画质没有关系。\n~A30，因为屏幕是 90 Hz #刷新率和拍照质量无关。\n}\n\n::lines-max::下面哪项是 Max 70 Pro 而不是 P70 Pro 的特色？{\n=卫星短信 #正确。卫星短信是 Max 70 Pro 的功能。\n~f/1.4–f/4.0 可变光圈 #这是 P70 Pro 的影像卖点。\n~以 5 倍潜望式长焦作为主打卖点 #变焦是 P 系列的卖点。\n}\n\n::lines-pro::P 系列和 Max 系列的 Pro 版比标准版多了什么？{\n=Spark 9000 芯片和 88 W 有线快充 #正确。标准版用 Spark 8000，有线 66 W。\n~90 Hz LCD 屏幕 #那是 A30 的屏幕。\n~可折叠的内屏 #只有 Fold 3 和 Flip 2 可以折叠。\n}\n```\n','<p>很多来电的第一句话是&#34;我该买哪款&#xff1f;&#34;或者&#34;我这台手机能不能……&#xff1f;&#34;。只要心里清楚每条产品线为谁而做、主打什么&#xff0c;这两类问题都能答得又快又准。本模块带你认识流明的五条手机产品线&#xff0c;并讲清楚 P 系列和 Max 系列在影像上的区别。</p>\n<h2 id=\"产品线速览\">产品线速览</h2>\n<table><thead><tr><th>产品线</th><th>定位</th><th>适合人群</th><th>主要卖点</th><th>芯片</th></tr></thead><tbody><tr><td>流明 P70 / P70 Pro</td><td>影像旗舰</td><td>摄影爱好者、爱旅行的人、内容创作者</td><td>超级夜景、专业模式&#xff1b;Pro 版配 1 英寸主摄、f/1.4–f/4.0 可变光圈、5 倍潜望式长焦</td><td>Spark 9000&#xff08;Pro&#xff09;、Spark 8000</td></tr><tr><td>流明 Max 70 / Max 70 Pro</td><td>商务旗舰</td><td>管理者、经常出差或外勤的用户</td><td>5,500 mAh 电池、企业级安全芯片、IP68、卫星短信&#xff08;Pro&#xff09;</td><td>Spark 9000&#xff08;Pro&#xff09;、Spark 8000</td></tr><tr><td>流明 Fold 3</td><td>书本式折叠屏</td><td>爱阅读、常处理文档、喜欢分屏多任务的人</td><td>7.8 英寸内屏&#xff0c;水滴铰链可折叠 40 万次</td><td>Spark 9000</td></tr><tr><td>流明 Flip 2</td><td>竖向小折叠</td><td>想要小巧、时尚手机的人</td><td>6.9 英寸内屏、3.6 英寸外屏</td><td>Spark 8000</td></tr><tr><td>流明 A30</td><td>高性价比</td><td>第一次用智能机的人、学生、老年用户、备用机</td><td>90 Hz LCD、5,000 mAh、40 W 快充</td><td>Spark 700</td></tr></tbody></table>\n<p>记住一个命名规律&#xff1a;P 系列和 Max 系列里&#xff0c;<strong>Pro</strong> 版用 Spark 9000&#xff0c;充电最快&#xff08;有线 88 W、无线 50 W&#xff09;&#xff1b;标准版用 Spark 8000&#xff0c;有线 66 W。</p>\n<h2 id=\"帮客户选机先问再推荐\">帮客户选机&#xff1a;先问&#xff0c;再推荐</h2>\n<p>不要把上面的表格念给客户听。先问两三个简单的问题&#xff0c;再推荐一条产品线&#xff0c;并给出一个对这位客户真正有用的理由。</p>\n<ol><li>&#34;您平时用手机最多的是做什么&#xff1f;&#34;</li><li>&#34;现在这台手机有没有让您觉得不顺手的地方&#xff1f;&#34;</li><li>&#34;您大概的预算是多少&#xff1f;&#34;</li></ol>\n<p>然后对号入座&#xff1a;喜欢拍孩子、拍美食、拍夜景的&#xff0c;推荐 P 系列&#xff1b;整天收发邮件、经常出差、在意公司数据安全的&#xff0c;推荐 Max 系列&#xff1b;想把&#34;小平板&#34;装进口袋的&#xff0c;推荐 Fold 3&#xff1b;想要小巧又能展开的&#xff0c;推荐 Flip 2&#xff1b;只想要一台耐用、续航好、价格实在的&#xff0c;推荐 A30。</p>\n<p>客户档案里可能带有&#34;摄影爱好者&#34;&#34;职场新人&#34;这类用户画像标签。标签可以作参考&#xff0c;但还是要亲口问一问。</p>\n<blockquote>\n<p>&#34;您说大部分照片都是晚上拍的&#xff0c;那我建议您看看 P70 Pro。它的主摄是大底&#xff0c;进光量大&#xff0c;晚上不开闪光灯也能拍得很清楚。&#34;</p>\n</blockquote>\n<h2 id=\"p-系列和-max-系列的影像有什么不同\">P 系列和 Max 系列的影像有什么不同</h2>\n<p>客户常问&#xff1a;&#34;P70 Pro 和 Max 70 Pro 都是旗舰&#xff0c;拍照不都挺好吗&#xff1f;&#34;实话实说&#xff1a;两条产品线把设计重点放在了不同的地方。</p>\n<table><thead><tr><th> </th><th>P 系列</th><th>Max 系列</th></tr></thead><tbody><tr><td>设计重点</td><td>各种光线下的成像质量</td><td>续航、安全、耐用</td></tr><tr><td>主摄</td><td>P70 Pro 为 1 英寸大底&#xff1a;进光多&#xff0c;夜景更干净&#xff0c;背景虚化更自然</td><td>日常拍照、拍文件、视频通话都很可靠</td></tr><tr><td>光圈</td><td>P70 Pro 为 f/1.4–f/4.0 可变光圈&#xff1a;暗光时开大&#xff0c;拍合影时收小</td><td>不是主打卖点</td></tr><tr><td>变焦</td><td>P70 Pro 配 5 倍潜望式长焦&#xff1a;远处拍特写&#xff0c;细节不丢</td><td>具体配置以规格表为准</td></tr></tbody></table>\n<p>电话里可以这样讲&#xff0c;不用术语&#xff1a;</p>\n<blockquote>\n<p>&#34;P70 Pro 是围绕拍照设计的&#xff0c;传感器特别大&#xff0c;能吃进更多光&#xff0c;晚上照片细节也保得住。Max 70 Pro 日常拍照也很好&#xff0c;但它最大的优势是电池能撑过一整天的高强度工作&#xff0c;还有一颗专门保护企业数据的安全芯片。&#34;</p>\n</blockquote>\n<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">注意</p>\n<p>客户问到你手头没有的参数&#xff0c;比如某款机型的重量&#xff0c;请查知识库里的规格表。自信地报错一个数字&#xff0c;往往就是日后的一单投诉。</p>\n</aside>\n<h2 id=\"折叠屏和-a30\">折叠屏和 A30</h2>\n<p>折叠屏比直板机更需要爱护&#xff0c;推荐时要顺带提醒一句&#xff1a;&#34;内屏上有一层出厂保护膜&#xff0c;千万不要撕。&#34;</p>\n<p>A30 不是&#34;低配机&#34;&#xff1a;大电池、流畅的屏幕、40 W 快充&#xff0c;正是很多客户需要的。任何时候都不要让客户觉得选它是&#34;将就&#34;。</p>\n<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">建议这样做</p>\n<p>推荐之前先问清客户怎么用手机&#xff0c;推荐时给出一个清楚的理由。</p>\n</aside>\n<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">不要这样做</p>\n<p>不要点名拿流明和其他厂商的机型作比较&#xff0c;也不要为了推荐一条产品线而贬低另一条。</p>\n</aside>\n<h2 id=\"知识自测\">知识自测</h2>\n<section class=\"knowledge-check\" aria-label=\"知识小测\"><p class=\"knowledge-check-title\">知识小测</p><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">客户大多在晚上拍城市街景&#xff0c;想要最好的暗光效果。你首先推荐哪条产品线&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-0\" data-fraction=\"1.0\" data-feedback=\"正确。大底传感器进光更多，夜景最需要的就是光。\"><label class=\"form-check-label\" for=\"kc0-0-0\">P 系列&#xff0c;最好是配 1 英寸主摄的 P70 Pro</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-1\" data-fraction=\"0.0\" data-feedback=\"续航和夜景画质没有关系。\"><label class=\"form-check-label\" for=\"kc0-0-1\">Max 系列&#xff0c;因为电池最大</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-2\" data-fraction=\"0.0\" data-feedback=\"刷新率和拍照质量无关。\"><label class=\"form-check-label\" for=\"kc0-0-2\">A30&#xff0c;因为屏幕是 90 Hz</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">下面哪项是 Max 70 Pro 而不是 P70 Pro 的特色&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-0\" data-fraction=\"1.0\" data-feedback=\"正确。卫星短信是 Max 70 Pro 的功能。\"><label class=\"form-check-label\" for=\"kc0-1-0\">卫星短信</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-1\" data-fraction=\"0.0\" data-feedback=\"这是 P70 Pro 的影像卖点。\"><label class=\"form-check-label\" for=\"kc0-1-1\">f/1.4–f/4.0 可变光圈</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-2\" data-fraction=\"0.0\" data-feedback=\"变焦是 P 系列的卖点。\"><label class=\"form-check-label\" for=\"kc0-1-2\">以 5 倍潜望式长焦作为主打卖点</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">P 系列和 Max 系列的 Pro 版比标准版多了什么&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-0\" data-fraction=\"1.0\" data-feedback=\"正确。标准版用 Spark 8000，有线 66 W。\"><label class=\"form-check-label\" for=\"kc0-2-0\">Spark 9000 芯片和 88 W 有线快充</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-1\" data-fraction=\"0.0\" data-feedback=\"那是 A30 的屏幕。\"><label class=\"form-check-label\" for=\"kc0-2-1\">90 Hz LCD 屏幕</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-2\" data-fraction=\"0.0\" data-feedback=\"只有 Fold 3 和 Flip 2 可以折叠。\"><label class=\"form-check-label\" for=\"kc0-2-2\">可折叠的内屏</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form></section>\n','2	产品线速览	产品线速览\n2	帮客户选机先问再推荐	帮客户选机：先问，再推荐\n2	p-系列和-max-系列的影像有什么不同	P 系列和 Max 系列的影像有什么不同\n2	折叠屏和-a30	折叠屏和 A30\n2	知识自测	知识自测\n','很多来电的第一句话是\"我该买哪款？\"或者\"我这台手机能不能……？\"。只要心里清楚每条产品线为谁而做、主打什么，这两类问题都能答得又快又准。本模块带你认识流明的五条手机产品线，并讲清楚 P 系列和 Max 系列在影像上的区别。 产品线速览 产品线 定位 适合人群 主要卖点 芯片 流明 P70 / P70 Pro 影像旗舰 摄影爱好者、爱旅行的人、内容创作者 超级夜景、专业模式；Pro 版配 1 英寸主摄、f/1.4–f/4.0 可变光圈、5 倍潜望式长焦 Spark 9000（Pro）、Spark 8000 流明 Max 70 / Max 70 Pro 商务旗舰 管理者、经常出差或外勤的用户 5,500 mAh 电池、企业级安全芯片、IP68、卫星短信（Pro） Spark 9000（Pro）、Spark 8000 流明 Fold 3 书本式折叠屏 爱阅读、常处理文档、喜欢分屏多任务的人 7.8 英寸内屏，水滴铰链可折叠 40 万次 Spark 9000 流明 Flip 2 竖向小折叠 想要小巧、时尚手机的人 6.9 英寸内屏、3.6 英寸外屏 Spark 8000 流明 A30 高性价比 第一次用智能机的人、学生、老年用户、备用机 90 Hz LCD、5,000 mAh、40 W 快充 Spark 700 记住一个命名规律：P 系列和 Max 系列里，Pro 版用 Spark 9000，充电最快（有线 88 W、无线 50 W）；标准版用 Spark 8000，有线 66 W。 帮客户选机：先问，再推荐 不要把上面的表格念给客户听。先问两三个简单的问题，再推荐一条产品线，并给出一个对这位客户真正有用的理由。 \"您平时用手机最多的是做什么？\" \"现在这台手机有没有让您觉得不顺手的地方？\" \"您大概的预算是多少？\" 然后对号入座：喜欢拍孩子、拍美食、拍夜景的，推荐 P 系列；整天收发邮件、经常出差、在意公司数据安全的，推荐 Max 系列；想把\"小平板\"装进口袋的，推荐 Fold 3；想要小巧又能展开的，推荐 Flip 2；只想要一台耐用、续航好、价格实在的，推荐 A30。 客户档案里可能带有\"摄影爱好者\"\"职场新人\"这类用户画像标签。标签可以作参考，但还是要亲口问一问。 \"您说大部分照片都是晚上拍的，那我建议您看看 P70 Pro。它的主摄是大底，进光量大，晚上不开闪光灯也能拍得很清楚。\" P 系列和 Max 系列的影像有什么不同 客户常问：\"P70 Pro 和 Max 70 Pro 都是旗舰，拍照不都挺好吗？\"实话实说：两条产品线把设计重点放在了不同的地方。 P 系列 Max 系列 设计重点 各种光线下的成像质量 续航、安全、耐用 主摄 P70 Pro 为 1 英寸大底：进光多，夜景更干净，背景虚化更自然 日常拍照、拍文件、视频通话都很可靠 光圈 P70 Pro 为 f/1.4–f/4.0 可变光圈：暗光时开大，拍合影时收小 不是主打卖点 变焦 P70 Pro 配 5 倍潜望式长焦：远处拍特写，细节不丢 具体配置以规格表为准 电话里可以这样讲，不用术语： \"P70 Pro 是围绕拍照设计的，传感器特别大，能吃进更多光，晚上照片细节也保得住。Max 70 Pro 日常拍照也很好，但它最大的优势是电池能撑过一整天的高强度工作，还有一颗专门保护企业数据的安全芯片。\" 注意 客户问到你手头没有的参数，比如某款机型的重量，请查知识库里的规格表。自信地报错一个数字，往往就是日后的一单投诉。 折叠屏和 A30 折叠屏比直板机更需要爱护，推荐时要顺带提醒一句：\"内屏上有一层出厂保护膜，千万不要撕。\" A30 不是\"低配机\"：大电池、流畅的屏幕、40 W 快充，正是很多客户需要的。任何时候都不要让客户觉得选它是\"将就\"。 建议这样做 推荐之前先问清客户怎么用手机，推荐时给出一个清楚的理由。 不要这样做 不要点名拿流明和其他厂商的机型作比较，也不要为了推荐一条产品线而贬低另一条。 知识自测',0,NULL,'c2e09da6db4c0b9dcfd4a09ded49819ed0a62b0b61a78562af44e5c74e3dd800',NULL,'2026-11-24 09:01:51.000000','2026-11-24 09:01:51.000000',1),
(25,13,'en',1,'PUBLISHED','Chipsets and performance',12,'The chipset is the phone\'s brain: it runs apps, processes every photo and decides how much power\nthe phone uses. Customers rarely ask about it by name. They ask \"Is this phone fast?\", \"Will games\nrun smoothly?\" or \"Why has my phone become slow?\". Your job is to answer those questions in\neveryday words.\n\n## The three Spark chips\n\n| Chip | Tier | Found in | What the customer notices |\n| --- | --- | --- | --- |\n| Spark 9000 | flagship, 4 nm | P70 Pro, Max 70 Pro, Fold 3 | instant app launches, demanding games at high settings, fastest photo processing, best efficiency |\n| Spark 8000 | upper mid-range | P70, Max 70, Flip 2 | smooth everyday use and popular games, quick camera; only the heaviest tasks feel different |\n| Spark 700 | value, 6 nm | A30 | comfortable for calls, messaging, video, maps and social apps; big games run at lower settings |\n\nEvery Lumen phone runs LumenOS 5 and the same everyday apps. The difference between the chips\nshows mainly in heavy work: long gaming sessions, 4K video editing, many apps open at once.\n\n## What \"4 nm\" means, without jargon\n\nCustomers who read reviews ask about nanometres. You don\'t need to explain transistors. An\nefficiency comparison works better:\n\n> \"The number describes how finely the chip is built. A finer chip does the same work with less\n> power, a bit like a more fuel-efficient engine. So the Spark 9000 stays cooler and uses less\n> battery for the same task.\"\n\nAvoid core counts, clock speeds and benchmark scores. They invite comparisons you can\'t finish on\nthe phone, and they rarely answer what the caller really wants to know.\n\n## Explaining performance: translate the question\n\n| The caller says | What they want to know | A good answer |\n| --- | --- | --- |\n| \"Is it fast?\" | Will it feel quick for what I do? | Ask what they do, then answer for that use. |\n| \"Can it play games?\" | Which games, how smoothly? | \"Popular games run smoothly on all three chips; for the most demanding games at the highest settings, the Spark 9000 models are the best choice.\" |\n| \"Will it still be fast in three years?\" | Is this a good long-term buy? | \"A more powerful chip has more headroom for future apps and updates.\" |\n| \"Why is the cheaper one cheaper?\" | Am I missing something important? | Name what they give up in their own use, not in specifications. |\n\n## \"My phone has become slow\"\n\nA phone that felt fast and now feels slow has rarely got a weaker chip. Work through the usual\ncauses before anyone talks about hardware:\n\n1. **Storage.** Ask the caller to open Settings → Storage. When the phone is almost full,\n   everything slows down. Suggest moving photos to Lumen Cloud and clearing large files.\n2. **Battery saver.** Power-saving mode deliberately limits performance. Ask whether it is on.\n3. **Heat.** A hot phone lowers its own speed to protect the battery and the chip. This is\n   normal, and performance returns as it cools.\n4. **Background apps and one misbehaving app.** If only one app is slow, clear that app\'s cache\n   or update it.\n5. **Software version.** Check for a system update in Settings → System → Software update.\n\nIf none of these helps, continue with the troubleshooting course: Safe Mode tells you whether a\ndownloaded app is the cause.\n\n> \"Let\'s check a couple of quick things together. Could you open Settings and tell me how much\n> storage is free?\"\n\n!!! tip \"Do\"\n    Answer in terms of what the caller does: \"For photos, video calls and maps, the A30 is\n    comfortable. If you play big 3D games every evening, the P70 Pro is the better fit.\"\n\n!!! warning \"Don\'t\"\n    Don\'t tell a caller that their phone is \"too weak\" or \"outdated\". Don\'t quote benchmark\n    scores or compare Spark chips with other makers\' chips.\n\n!!! note\n    Slowing down when hot is a protection, not a fault. Overheating that happens at rest, or with\n    a swollen back cover or a burning smell, is handled differently: see the overheating module in\n    the troubleshooting course.\n\n## Knowledge check\n\n```gift\n::chip-fold::Which chip does the Lumen Fold 3 use? {\n=Spark 9000 #Correct. The Fold 3 shares the flagship chip with the P70 Pro and Max 70 Pro.\n~Spark 8000 #The Spark 8000 is in the P70, Max 70 and Flip 2.\n~Spark 700 #The Spark 700 is the A30\'s chip.\n}\n\n::chip-nm::A caller asks what \"4 nm\" means. What is the best explanation? {\n=The chip is built more finely, so it does the same work with less power and stays cooler #Right. An efficiency comparison is clear and true.\n~It is the number of processor cores #Nanometres say nothing about the number of cores.\n~It is the chip\'s benchmark score #Don\'t talk about benchmark scores, and this is not one.\n}\n\n::chip-slow::A caller says her two-year-old P70 has become slow. What do you check first? {\n=Free storage, battery saver and heat #Correct. These simple causes come before any talk of hardware.\n~Whether she wants to upgrade to a Spark 9000 model #Selling a new phone does not solve her problem.\n~Book a service-centre repair for the chip #Start with the simplest checks.\n}\n```\n','<p>The chipset is the phone&#39;s brain: it runs apps, processes every photo and decides how much power\nthe phone uses. Customers rarely ask about it by name. They ask &#34;Is this phone fast?&#34;, &#34;Will games\nrun smoothly?&#34; or &#34;Why has my phone become slow?&#34;. Your job is to answer those questions in\neveryday words.</p>\n<h2 id=\"the-three-spark-chips\">The three Spark chips</h2>\n<table><thead><tr><th>Chip</th><th>Tier</th><th>Found in</th><th>What the customer notices</th></tr></thead><tbody><tr><td>Spark 9000</td><td>flagship, 4 nm</td><td>P70 Pro, Max 70 Pro, Fold 3</td><td>instant app launches, demanding games at high settings, fastest photo processing, best efficiency</td></tr><tr><td>Spark 8000</td><td>upper mid-range</td><td>P70, Max 70, Flip 2</td><td>smooth everyday use and popular games, quick camera; only the heaviest tasks feel different</td></tr><tr><td>Spark 700</td><td>value, 6 nm</td><td>A30</td><td>comfortable for calls, messaging, video, maps and social apps; big games run at lower settings</td></tr></tbody></table>\n<p>Every Lumen phone runs LumenOS 5 and the same everyday apps. The difference between the chips\nshows mainly in heavy work: long gaming sessions, 4K video editing, many apps open at once.</p>\n<h2 id=\"what-4-nm-means-without-jargon\">What &#34;4 nm&#34; means, without jargon</h2>\n<p>Customers who read reviews ask about nanometres. You don&#39;t need to explain transistors. An\nefficiency comparison works better:</p>\n<blockquote>\n<p>&#34;The number describes how finely the chip is built. A finer chip does the same work with less\npower, a bit like a more fuel-efficient engine. So the Spark 9000 stays cooler and uses less\nbattery for the same task.&#34;</p>\n</blockquote>\n<p>Avoid core counts, clock speeds and benchmark scores. They invite comparisons you can&#39;t finish on\nthe phone, and they rarely answer what the caller really wants to know.</p>\n<h2 id=\"explaining-performance-translate-the-question\">Explaining performance: translate the question</h2>\n<table><thead><tr><th>The caller says</th><th>What they want to know</th><th>A good answer</th></tr></thead><tbody><tr><td>&#34;Is it fast?&#34;</td><td>Will it feel quick for what I do?</td><td>Ask what they do, then answer for that use.</td></tr><tr><td>&#34;Can it play games?&#34;</td><td>Which games, how smoothly?</td><td>&#34;Popular games run smoothly on all three chips; for the most demanding games at the highest settings, the Spark 9000 models are the best choice.&#34;</td></tr><tr><td>&#34;Will it still be fast in three years?&#34;</td><td>Is this a good long-term buy?</td><td>&#34;A more powerful chip has more headroom for future apps and updates.&#34;</td></tr><tr><td>&#34;Why is the cheaper one cheaper?&#34;</td><td>Am I missing something important?</td><td>Name what they give up in their own use, not in specifications.</td></tr></tbody></table>\n<h2 id=\"my-phone-has-become-slow\">&#34;My phone has become slow&#34;</h2>\n<p>A phone that felt fast and now feels slow has rarely got a weaker chip. Work through the usual\ncauses before anyone talks about hardware:</p>\n<ol><li><strong>Storage.</strong> Ask the caller to open Settings → Storage. When the phone is almost full,\neverything slows down. Suggest moving photos to Lumen Cloud and clearing large files.</li><li><strong>Battery saver.</strong> Power-saving mode deliberately limits performance. Ask whether it is on.</li><li><strong>Heat.</strong> A hot phone lowers its own speed to protect the battery and the chip. This is\nnormal, and performance returns as it cools.</li><li><strong>Background apps and one misbehaving app.</strong> If only one app is slow, clear that app&#39;s cache\nor update it.</li><li><strong>Software version.</strong> Check for a system update in Settings → System → Software update.</li></ol>\n<p>If none of these helps, continue with the troubleshooting course: Safe Mode tells you whether a\ndownloaded app is the cause.</p>\n<blockquote>\n<p>&#34;Let&#39;s check a couple of quick things together. Could you open Settings and tell me how much\nstorage is free?&#34;</p>\n</blockquote>\n<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Do</p>\n<p>Answer in terms of what the caller does: &#34;For photos, video calls and maps, the A30 is\ncomfortable. If you play big 3D games every evening, the P70 Pro is the better fit.&#34;</p>\n</aside>\n<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Don&#39;t</p>\n<p>Don&#39;t tell a caller that their phone is &#34;too weak&#34; or &#34;outdated&#34;. Don&#39;t quote benchmark\nscores or compare Spark chips with other makers&#39; chips.</p>\n</aside>\n<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n<p>Slowing down when hot is a protection, not a fault. Overheating that happens at rest, or with\na swollen back cover or a burning smell, is handled differently: see the overheating module in\nthe troubleshooting course.</p>\n</aside>\n<h2 id=\"knowledge-check\">Knowledge check</h2>\n<section class=\"knowledge-check\" aria-label=\"Knowledge check\"><p class=\"knowledge-check-title\">Knowledge check</p><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">Which chip does the Lumen Fold 3 use?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-0\" data-fraction=\"1.0\" data-feedback=\"Correct. The Fold 3 shares the flagship chip with the P70 Pro and Max 70 Pro.\"><label class=\"form-check-label\" for=\"kc0-0-0\">Spark 9000</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-1\" data-fraction=\"0.0\" data-feedback=\"The Spark 8000 is in the P70, Max 70 and Flip 2.\"><label class=\"form-check-label\" for=\"kc0-0-1\">Spark 8000</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-2\" data-fraction=\"0.0\" data-feedback=\"The Spark 700 is the A30&#39;s chip.\"><label class=\"form-check-label\" for=\"kc0-0-2\">Spark 700</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">A caller asks what &#34;4 nm&#34; means. What is the best explanation?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-0\" data-fraction=\"1.0\" data-feedback=\"Right. An efficiency comparison is clear and true.\"><label class=\"form-check-label\" for=\"kc0-1-0\">The chip is built more finely, so it does the same work with less power and stays cooler</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-1\" data-fraction=\"0.0\" data-feedback=\"Nanometres say nothing about the number of cores.\"><label class=\"form-check-label\" for=\"kc0-1-1\">It is the number of processor cores</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-2\" data-fraction=\"0.0\" data-feedback=\"Don&#39;t talk about benchmark scores, and this is not one.\"><label class=\"form-check-label\" for=\"kc0-1-2\">It is the chip&#39;s benchmark score</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">A caller says her two-year-old P70 has become slow. What do you check first?</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-0\" data-fraction=\"1.0\" data-feedback=\"Correct. These simple causes come before any talk of hardware.\"><label class=\"form-check-label\" for=\"kc0-2-0\">Free storage, battery saver and heat</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-1\" data-fraction=\"0.0\" data-feedback=\"Selling a new phone does not solve her problem.\"><label class=\"form-check-label\" for=\"kc0-2-1\">Whether she wants to upgrade to a Spark 9000 model</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-2\" data-fraction=\"0.0\" data-feedback=\"Start with the simplest checks.\"><label class=\"form-check-label\" for=\"kc0-2-2\">Book a service-centre repair for the chip</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">Check my answer</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"Correct.\" data-partly=\"Partly correct.\" data-wrong=\"Not quite.\"></div></form></section>\n','2	the-three-spark-chips	The three Spark chips\n2	what-4-nm-means-without-jargon	What \"4 nm\" means, without jargon\n2	explaining-performance-translate-the-question	Explaining performance: translate the question\n2	my-phone-has-become-slow	\"My phone has become slow\"\n2	knowledge-check	Knowledge check\n','The chipset is the phone\'s brain: it runs apps, processes every photo and decides how much power the phone uses. Customers rarely ask about it by name. They ask \"Is this phone fast?\", \"Will games run smoothly?\" or \"Why has my phone become slow?\". Your job is to answer those questions in everyday words. The three Spark chips Chip Tier Found in What the customer notices Spark 9000 flagship, 4 nm P70 Pro, Max 70 Pro, Fold 3 instant app launches, demanding games at high settings, fastest photo processing, best efficiency Spark 8000 upper mid-range P70, Max 70, Flip 2 smooth everyday use and popular games, quick camera; only the heaviest tasks feel different Spark 700 value, 6 nm A30 comfortable for calls, messaging, video, maps and social apps; big games run at lower settings Every Lumen phone runs LumenOS 5 and the same everyday apps. The difference between the chips shows mainly in heavy work: long gaming sessions, 4K video editing, many apps open at once. What \"4 nm\" means, without jargon Customers who read reviews ask about nanometres. You don\'t need to explain transistors. An efficiency comparison works better: \"The number describes how finely the chip is built. A finer chip does the same work with less power, a bit like a more fuel-efficient engine. So the Spark 9000 stays cooler and uses less battery for the same task.\" Avoid core counts, clock speeds and benchmark scores. They invite comparisons you can\'t finish on the phone, and they rarely answer what the caller really wants to know. Explaining performance: translate the question The caller says What they want to know A good answer \"Is it fast?\" Will it feel quick for what I do? Ask what they do, then answer for that use. \"Can it play games?\" Which games, how smoothly? \"Popular games run smoothly on all three chips; for the most demanding games at the highest settings, the Spark 9000 models are the best choice.\" \"Will it still be fast in three years?\" Is this a good long-term buy? \"A more powerful chip has more headroom for future apps and updates.\" \"Why is the cheaper one cheaper?\" Am I missing something important? Name what they give up in their own use, not in specifications. \"My phone has become slow\" A phone that felt fast and now feels slow has rarely got a weaker chip. Work through the usual causes before anyone talks about hardware: Storage. Ask the caller to open Settings → Storage. When the phone is almost full, everything slows down. Suggest moving photos to Lumen Cloud and clearing large files. Battery saver. Power-saving mode deliberately limits performance. Ask whether it is on. Heat. A hot phone lowers its own speed to protect the battery and the chip. This is normal, and performance returns as it cools. Background apps and one misbehaving app. If only one app is slow, clear that app\'s cache or update it. Software version. Check for a system update in Settings → System → Software update. If none of these helps, continue with the troubleshooting course: Safe Mode tells you whether a downloaded app is the cause. \"Let\'s check a couple of quick things together. Could you open Settings and tell me how much storage is free?\" Do Answer in terms of what the caller does: \"For photos, video calls and maps, the A30 is comfortable. If you play big 3D games every evening, the P70 Pro is the better fit.\" Don\'t Don\'t tell a caller that their phone is \"too weak\" or \"outdated\". Don\'t quote benchmark scores or compare Spark chips with other makers\' chips. Note Slowing down when hot is a protection, not a fault. Overheating that happens at rest, or with a swollen back cover or a burning smell, is handled differently: see the overheating module in the troubleshooting course. Knowledge check',0,NULL,'1307505ede89db93f6c350e03fa5aed75c4de59b1eef0b5808f5acc8318a0ba0',NULL,'2026-11-24 09:01:51.000000','2026-11-24 09:01:51.000000',1),
(26,13,'zh-CN',1,'PUBLISHED','芯片与性能',12,'芯片相当于手机的\"大脑\"：应用靠它运行，每张照片靠它处理，耗电多少也由它决定。客户很少直接问芯片型号，更多是问\"这台手机快不快？\"\"打游戏卡不卡？\"\"我的手机怎么越用越慢？\"。我们要做的，是用大白话把这些问题讲明白。\n\n## 三款 Spark 芯片\n\n| 芯片 | 定位 | 搭载机型 | 客户能感受到的 |\n| --- | --- | --- | --- |\n| Spark 9000 | 旗舰，4 nm 工艺 | P70 Pro、Max 70 Pro、Fold 3 | 应用秒开，大型游戏高画质也流畅，拍照出片最快，能效最好 |\n| Spark 8000 | 中高端 | P70、Max 70、Flip 2 | 日常使用和主流游戏都很流畅，拍照响应快；只有最重的任务才有差别 |\n| Spark 700 | 高性价比，6 nm 工艺 | A30 | 打电话、聊天、看视频、导航、刷社交软件都很从容；大型游戏需调低画质 |\n\n所有流明手机都运行 LumenOS 5，日常用的应用都一样。几款芯片的差别主要体现在重负载场景：长时间打游戏、剪辑 4K 视频、同时开很多应用。\n\n## \"4 nm\"怎么解释才不绕\n\n看过评测的客户会问\"几纳米\"是什么意思。不需要讲晶体管，用\"省油\"来比喻最好懂：\n\n> \"这个数字代表芯片做得有多精细。做得越精细，干同样的活耗电越少，有点像更省油的发动机。所以 Spark 9000 做同样的事，发热更低、也更省电。\"\n\n不要谈核心数、主频和跑分。这些数字会把话题引到电话里说不清的比较上，而且往往并不是客户真正想知道的。\n\n## 把客户的问题\"翻译\"一下\n\n| 客户问 | 客户真正想知道 | 参考回答 |\n| --- | --- | --- |\n| \"快不快？\" | 我平时这样用，会不会卡？ | 先问他平时用来做什么，再针对这个用途回答。 |\n| \"能打游戏吗？\" | 我玩的游戏流不流畅？ | \"主流游戏三款芯片都能流畅运行；如果要最高画质玩大型游戏，搭载 Spark 9000 的机型最合适。\" |\n| \"用三年还会快吗？\" | 值不值得长期用？ | \"芯片性能越强，应对以后的新应用和系统更新就越有余量。\" |\n| \"便宜的那款为什么便宜？\" | 我会不会错过什么重要的东西？ | 结合他自己的使用场景说明差别，而不是念参数。 |\n\n## \"我的手机变慢了\"怎么处理\n\n原本很快的手机变慢，几乎从来不是芯片\"变弱\"了。在谈硬件之前，先按下面的顺序逐项排查：\n\n1. **存储空间**。请客户打开\"设置 → 存储\"看剩余空间。存储快满时，整机都会变慢。建议把照片备份到流明云空间（Lumen Cloud），清理大文件。\n2. **省电模式**。省电模式会主动限制性能，问一下是否开着。\n3. **发热**。手机过热时会自动降低运行速度，以保护电池和芯片。这是正常现象，温度降下来性能就恢复。\n4. **后台应用或某个应用异常**。如果只有一个应用卡，先清除该应用的缓存或更新它。\n5. **系统版本**。到\"设置 → 系统 → 软件更新\"检查是否有新版本。\n\n以上都无效，就按\"故障排查\"课程继续：用安全模式判断是不是某个下载的应用导致的。\n\n> \"我们先一起看两个简单的地方。麻烦您打开设置，告诉我存储空间还剩多少？\"\n\n!!! tip \"建议这样做\"\n    结合客户的使用习惯来回答：\"如果主要是拍照、视频通话和导航，A30 完全够用；如果您每天晚上都玩大型 3D 游戏，P70 Pro 会更合适。\"\n\n!!! warning \"不要这样做\"\n    不要对客户说他的手机\"太弱了\"\"过时了\"；不要报跑分，也不要拿 Spark 芯片和其他厂商的芯片比较。\n\n!!! note \"注意\"\n    发热时自动降速是一种保护，不是故障。如果手机放着不用也发烫，或者出现后盖鼓起、焦糊味，处理方式完全不同，请参阅\"故障排查\"课程中的发热模块。\n\n## 知识自测\n\n```gift\n::chip-fold::流明 Fold 3 搭载的是哪款芯片？{\n=Spark 9000 #正确。Fold 3 和 P70 Pro、Max 70 Pro 用的是同一款旗舰芯片。\n~Spark 8000 #Spark 8000 用在 P70、Max 70 和 Flip 2 上。\n~Spark 700 #Spark 700 是 A30 的芯片。\n}\n\n::chip-nm::客户问\"4 nm\"是什么意思，哪种解释最合适？{\n=芯片做得更精细，干同样的活耗电更少、发热更低 #正确。用能效来比喻，既好懂又准确。\n~代表处理器有几个核心 #纳米数和核心数量无关。\n~是芯片的跑分 #不要谈跑分，而且这也不是跑分。\n}\n\n::chip-slow::客户说她用了两年的 P70 变慢了，你首先检查什么？{\n=剩余存储空间、省电模式和发热情况 #正确。先排查这些简单原因，再考虑硬件。\n~问她要不要换一台 Spark 9000 的机型 #推销新机解决不了她的问题。\n~直接为芯片预约网点维修 #应该从最简单的检查开始。\n}\n```\n','<p>芯片相当于手机的&#34;大脑&#34;&#xff1a;应用靠它运行&#xff0c;每张照片靠它处理&#xff0c;耗电多少也由它决定。客户很少直接问芯片型号&#xff0c;更多是问&#34;这台手机快不快&#xff1f;&#34;&#34;打游戏卡不卡&#xff1f;&#34;&#34;我的手机怎么越用越慢&#xff1f;&#34;。我们要做的&#xff0c;是用大白话把这些问题讲明白。</p>\n<h2 id=\"三款-spark-芯片\">三款 Spark 芯片</h2>\n<table><thead><tr><th>芯片</th><th>定位</th><th>搭载机型</th><th>客户能感受到的</th></tr></thead><tbody><tr><td>Spark 9000</td><td>旗舰&#xff0c;4 nm 工艺</td><td>P70 Pro、Max 70 Pro、Fold 3</td><td>应用秒开&#xff0c;大型游戏高画质也流畅&#xff0c;拍照出片最快&#xff0c;能效最好</td></tr><tr><td>Spark 8000</td><td>中高端</td><td>P70、Max 70、Flip 2</td><td>日常使用和主流游戏都很流畅&#xff0c;拍照响应快&#xff1b;只有最重的任务才有差别</td></tr><tr><td>Spark 700</td><td>高性价比&#xff0c;6 nm 工艺</td><td>A30</td><td>打电话、聊天、看视频、导航、刷社交软件都很从容&#xff1b;大型游戏需调低画质</td></tr></tbody></table>\n<p>所有流明手机都运行 LumenOS 5&#xff0c;日常用的应用都一样。几款芯片的差别主要体现在重负载场景&#xff1a;长时间打游戏、剪辑 4K 视频、同时开很多应用。</p>\n<h2 id=\"4-nm怎么解释才不绕\">&#34;4 nm&#34;怎么解释才不绕</h2>\n<p>看过评测的客户会问&#34;几纳米&#34;是什么意思。不需要讲晶体管&#xff0c;用&#34;省油&#34;来比喻最好懂&#xff1a;</p>\n<blockquote>\n<p>&#34;这个数字代表芯片做得有多精细。做得越精细&#xff0c;干同样的活耗电越少&#xff0c;有点像更省油的发动机。所以 Spark 9000 做同样的事&#xff0c;发热更低、也更省电。&#34;</p>\n</blockquote>\n<p>不要谈核心数、主频和跑分。这些数字会把话题引到电话里说不清的比较上&#xff0c;而且往往并不是客户真正想知道的。</p>\n<h2 id=\"把客户的问题翻译一下\">把客户的问题&#34;翻译&#34;一下</h2>\n<table><thead><tr><th>客户问</th><th>客户真正想知道</th><th>参考回答</th></tr></thead><tbody><tr><td>&#34;快不快&#xff1f;&#34;</td><td>我平时这样用&#xff0c;会不会卡&#xff1f;</td><td>先问他平时用来做什么&#xff0c;再针对这个用途回答。</td></tr><tr><td>&#34;能打游戏吗&#xff1f;&#34;</td><td>我玩的游戏流不流畅&#xff1f;</td><td>&#34;主流游戏三款芯片都能流畅运行&#xff1b;如果要最高画质玩大型游戏&#xff0c;搭载 Spark 9000 的机型最合适。&#34;</td></tr><tr><td>&#34;用三年还会快吗&#xff1f;&#34;</td><td>值不值得长期用&#xff1f;</td><td>&#34;芯片性能越强&#xff0c;应对以后的新应用和系统更新就越有余量。&#34;</td></tr><tr><td>&#34;便宜的那款为什么便宜&#xff1f;&#34;</td><td>我会不会错过什么重要的东西&#xff1f;</td><td>结合他自己的使用场景说明差别&#xff0c;而不是念参数。</td></tr></tbody></table>\n<h2 id=\"我的手机变慢了怎么处理\">&#34;我的手机变慢了&#34;怎么处理</h2>\n<p>原本很快的手机变慢&#xff0c;几乎从来不是芯片&#34;变弱&#34;了。在谈硬件之前&#xff0c;先按下面的顺序逐项排查&#xff1a;</p>\n<ol><li><strong>存储空间</strong>。请客户打开&#34;设置 → 存储&#34;看剩余空间。存储快满时&#xff0c;整机都会变慢。建议把照片备份到流明云空间&#xff08;Lumen Cloud&#xff09;&#xff0c;清理大文件。</li><li><strong>省电模式</strong>。省电模式会主动限制性能&#xff0c;问一下是否开着。</li><li><strong>发热</strong>。手机过热时会自动降低运行速度&#xff0c;以保护电池和芯片。这是正常现象&#xff0c;温度降下来性能就恢复。</li><li><strong>后台应用或某个应用异常</strong>。如果只有一个应用卡&#xff0c;先清除该应用的缓存或更新它。</li><li><strong>系统版本</strong>。到&#34;设置 → 系统 → 软件更新&#34;检查是否有新版本。</li></ol>\n<p>以上都无效&#xff0c;就按&#34;故障排查&#34;课程继续&#xff1a;用安全模式判断是不是某个下载的应用导致的。</p>\n<blockquote>\n<p>&#34;我们先一起看两个简单的地方。麻烦您打开设置&#xff0c;告诉我存储空间还剩多少&#xff1f;&#34;</p>\n</blockquote>\n<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">建议这样做</p>\n<p>结合客户的使用习惯来回答&#xff1a;&#34;如果主要是拍照、视频通话和导航&#xff0c;A30 完全够用&#xff1b;如果您每天晚上都玩大型 3D 游戏&#xff0c;P70 Pro 会更合适。&#34;</p>\n</aside>\n<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">不要这样做</p>\n<p>不要对客户说他的手机&#34;太弱了&#34;&#34;过时了&#34;&#xff1b;不要报跑分&#xff0c;也不要拿 Spark 芯片和其他厂商的芯片比较。</p>\n</aside>\n<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">注意</p>\n<p>发热时自动降速是一种保护&#xff0c;不是故障。如果手机放着不用也发烫&#xff0c;或者出现后盖鼓起、焦糊味&#xff0c;处理方式完全不同&#xff0c;请参阅&#34;故障排查&#34;课程中的发热模块。</p>\n</aside>\n<h2 id=\"知识自测\">知识自测</h2>\n<section class=\"knowledge-check\" aria-label=\"知识小测\"><p class=\"knowledge-check-title\">知识小测</p><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">流明 Fold 3 搭载的是哪款芯片&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-0\" data-fraction=\"1.0\" data-feedback=\"正确。Fold 3 和 P70 Pro、Max 70 Pro 用的是同一款旗舰芯片。\"><label class=\"form-check-label\" for=\"kc0-0-0\">Spark 9000</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-1\" data-fraction=\"0.0\" data-feedback=\"Spark 8000 用在 P70、Max 70 和 Flip 2 上。\"><label class=\"form-check-label\" for=\"kc0-0-1\">Spark 8000</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-0\" id=\"kc0-0-2\" data-fraction=\"0.0\" data-feedback=\"Spark 700 是 A30 的芯片。\"><label class=\"form-check-label\" for=\"kc0-0-2\">Spark 700</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">客户问&#34;4 nm&#34;是什么意思&#xff0c;哪种解释最合适&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-0\" data-fraction=\"1.0\" data-feedback=\"正确。用能效来比喻，既好懂又准确。\"><label class=\"form-check-label\" for=\"kc0-1-0\">芯片做得更精细&#xff0c;干同样的活耗电更少、发热更低</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-1\" data-fraction=\"0.0\" data-feedback=\"纳米数和核心数量无关。\"><label class=\"form-check-label\" for=\"kc0-1-1\">代表处理器有几个核心</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-1\" id=\"kc0-1-2\" data-fraction=\"0.0\" data-feedback=\"不要谈跑分，而且这也不是跑分。\"><label class=\"form-check-label\" for=\"kc0-1-2\">是芯片的跑分</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form><form class=\"kc-question\" data-kind=\"multichoice\" data-general=\"\"><fieldset><legend class=\"kc-text\">客户说她用了两年的 P70 变慢了&#xff0c;你首先检查什么&#xff1f;</legend><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-0\" data-fraction=\"1.0\" data-feedback=\"正确。先排查这些简单原因，再考虑硬件。\"><label class=\"form-check-label\" for=\"kc0-2-0\">剩余存储空间、省电模式和发热情况</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-1\" data-fraction=\"0.0\" data-feedback=\"推销新机解决不了她的问题。\"><label class=\"form-check-label\" for=\"kc0-2-1\">问她要不要换一台 Spark 9000 的机型</label></div><div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" name=\"kc0-2\" id=\"kc0-2-2\" data-fraction=\"0.0\" data-feedback=\"应该从最简单的检查开始。\"><label class=\"form-check-label\" for=\"kc0-2-2\">直接为芯片预约网点维修</label></div></fieldset><button type=\"button\" class=\"btn btn-sm btn-outline-primary kc-check\">检查答案</button><div class=\"kc-feedback\" role=\"status\" aria-live=\"polite\" data-right=\"回答正确。\" data-partly=\"部分正确。\" data-wrong=\"还不对。\"></div></form></section>\n','2	三款-spark-芯片	三款 Spark 芯片\n2	4-nm怎么解释才不绕	\"4 nm\"怎么解释才不绕\n2	把客户的问题翻译一下	把客户的问题\"翻译\"一下\n2	我的手机变慢了怎么处理	\"我的手机变慢了\"怎么处理\n2	知识自测	知识自测\n','芯片相当于手机的\"大脑\"：应用靠它运行，每张照片靠它处理，耗电多少也由它决定。客户很少直接问芯片型号，更多是问\"这台手机快不快？\"\"打游戏卡不卡？\"\"我的手机怎么越用越慢？\"。我们要做的，是用大白话把这些问题讲明白。 三款 Spark 芯片 芯片 定位 搭载机型 客户能感受到的 Spark 9000 旗舰，4 nm 工艺 P70 Pro、Max 70 Pro、Fold 3 应用秒开，大型游戏高画质也流畅，拍照出片最快，能效最好 Spark 8000 中高端 P70、Max 70、Flip 2 日常使用和主流游戏都很流畅，拍照响应快；只有最重的任务才有差别 Spark 700 高性价比，6 nm 工艺 A30 打电话、聊天、看视频、导航、刷社交软件都很从容；大型游戏需调低画质 所有流明手机都运行 LumenOS 5，日常用的应用都一样。几款芯片的差别主要体现在重负载场景：长时间打游戏、剪辑 4K 视频、同时开很多应用。 \"4 nm\"怎么解释才不绕 看过评测的客户会问\"几纳米\"是什么意思。不需要讲晶体管，用\"省油\"来比喻最好懂： \"这个数字代表芯片做得有多精细。做得越精细，干同样的活耗电越少，有点像更省油的发动机。所以 Spark 9000 做同样的事，发热更低、也更省电。\" 不要谈核心数、主频和跑分。这些数字会把话题引到电话里说不清的比较上，而且往往并不是客户真正想知道的。 把客户的问题\"翻译\"一下 客户问 客户真正想知道 参考回答 \"快不快？\" 我平时这样用，会不会卡？ 先问他平时用来做什么，再针对这个用途回答。 \"能打游戏吗？\" 我玩的游戏流不流畅？ \"主流游戏三款芯片都能流畅运行；如果要最高画质玩大型游戏，搭载 Spark 9000 的机型最合适。\" \"用三年还会快吗？\" 值不值得长期用？ \"芯片性能越强，应对以后的新应用和系统更新就越有余量。\" \"便宜的那款为什么便宜？\" 我会不会错过什么重要的东西？ 结合他自己的使用场景说明差别，而不是念参数。 \"我的手机变慢了\"怎么处理 原本很快的手机变慢，几乎从来不是芯片\"变弱\"了。在谈硬件之前，先按下面的顺序逐项排查： 存储空间。请客户打开\"设置 → 存储\"看剩余空间。存储快满时，整机都会变慢。建议把照片备份到流明云空间（Lumen Cloud），清理大文件。 省电模式。省电模式会主动限制性能，问一下是否开着。 发热。手机过热时会自动降低运行速度，以保护电池和芯片。这是正常现象，温度降下来性能就恢复。 后台应用或某个应用异常。如果只有一个应用卡，先清除该应用的缓存或更新它。 系统版本。到\"设置 → 系统 → 软件更新\"检查是否有新版本。 以上都无效，就按\"故障排查\"课程继续：用安全模式判断是不是某个下载的应用导致的。 \"我们先一起看两个简单的地方。麻烦您打开设置，告诉我存储空间还剩多少？\" 建议这样做 结合客户的使用习惯来回答：\"如果主要是拍照、视频通话和导航，A30 完全够用；如果您每天晚上都玩大型 3D 游戏，P70 Pro 会更合适。\" 不要这样做 不要对客户说他的手机\"太弱了\"\"过时了\"；不要报跑分，也不要拿 Spark 芯片和其他厂商的芯片比较。 注意 发热时自动降速是一种保护，不是故障。如果手机放着不用也发烫，或者出现后盖鼓起、焦糊味，处理方式完全不同，请参阅\"故障排查\"课程中的发热模块。 知识自测',0,NULL,'e9aa31d376b4bd03bd2fbb8aa101e1afe62ffbe0373f98a38f82cb4366af7ed6',NULL,'2026-11-24 09:01:51.000000','2026-11-24 09:01:51.000000',1);
/*!40000 ALTER TABLE `module_revision` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `notification`
--

DROP TABLE IF EXISTS `notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `kind` varchar(40) NOT NULL,
  `message_key` varchar(100) NOT NULL,
  `arguments` varchar(2000) NOT NULL,
  `link` varchar(500) DEFAULT NULL,
  `details` mediumtext DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `read_at` datetime(6) DEFAULT NULL,
  `mail_pending` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_notification_person` (`person_id`,`read_at`),
  KEY `ix_notification_mail_pending` (`mail_pending`,`person_id`),
  CONSTRAINT `fk_notification_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `notification`
--

LOCK TABLES `notification` WRITE;
/*!40000 ALTER TABLE `notification` DISABLE KEYS */;
INSERT INTO `notification` VALUES
(1,7,'CERTIFICATE_ISSUED','notification.certificate.issued','Product Basics产品基础认证2027-11-24','/certificates',NULL,'2026-11-24 09:02:10.000000',NULL,0);
/*!40000 ALTER TABLE `notification` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `onboarding_notice`
--

DROP TABLE IF EXISTS `onboarding_notice`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `onboarding_notice` (
  `cohort_id` bigint(20) NOT NULL,
  `person_id` bigint(20) NOT NULL,
  `assignment` varchar(40) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `sent_at` datetime(6) NOT NULL,
  PRIMARY KEY (`cohort_id`,`person_id`,`assignment`,`kind`),
  CONSTRAINT `fk_onboarding_notice_cohort` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `onboarding_notice`
--

LOCK TABLES `onboarding_notice` WRITE;
/*!40000 ALTER TABLE `onboarding_notice` DISABLE KEYS */;
/*!40000 ALTER TABLE `onboarding_notice` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `person`
--

DROP TABLE IF EXISTS `person`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `person` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `employee_number` varchar(32) NOT NULL,
  `display_name` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `must_change_password` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `team_id` bigint(20) DEFAULT NULL,
  `preferred_locale` varchar(10) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `version` bigint(20) NOT NULL,
  `mail_digest` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_person_username` (`username`),
  UNIQUE KEY `uk_person_employee_number` (`employee_number`),
  KEY `fk_person_team` (`team_id`),
  KEY `ix_person_display_name` (`display_name`),
  CONSTRAINT `fk_person_team` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `person`
--

LOCK TABLES `person` WRITE;
/*!40000 ALTER TABLE `person` DISABLE KEYS */;
INSERT INTO `person` VALUES
(1,'admin','A0001','Morgan Admin 管理员','admin@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,NULL,NULL,'2026-11-24 09:01:42.000000',0,0),
(2,'hr','H0001','Wang Fang 王芳','hr@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,NULL,NULL,'2026-11-24 09:01:42.000000',0,0),
(3,'trainer','T0001','Li Jing 李静','trainer@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,NULL,NULL,'2026-11-24 09:01:42.000000',0,0),
(4,'qa','Q0001','Chen Chen 陈晨','qa@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,1,NULL,'2026-11-24 09:01:42.000000',0,0),
(5,'supervisor','S0001','Zhang Wei 张伟','supervisor@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,1,NULL,'2026-11-24 09:01:42.000000',0,0),
(6,'agent','E1001','Liu Yang 刘洋','agent@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,1,'en','2026-11-24 09:01:42.000000',1,0),
(7,'agent2','E1002','Zhao Lei 赵磊','agent2@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,1,NULL,'2026-11-24 09:01:42.000000',0,0),
(8,'agent3','E1003','Sun Yue 孙悦','agent3@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,1,NULL,'2026-11-24 09:01:42.000000',0,0),
(9,'agent4','E2001','Zhou Ting 周婷','agent4@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,2,NULL,'2026-11-24 09:01:42.000000',0,0),
(10,'agent5','E2002','Wu Hao 吴昊','agent5@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,2,NULL,'2026-11-24 09:01:42.000000',0,0),
(11,'supervisor2','S0002','Huang Min 黄敏','supervisor2@demo.agent-academy.test','{argon2}$argon2id$v=19$m=19456,t=2,p=1$vD9C4Vkemu0l0G1pF0wPYQ$8U+hsRt143CB+v48oGGKcDkeYJtKy5rC802KdhdE+s0',0,1,2,NULL,'2026-11-24 09:01:42.000000',0,0);
/*!40000 ALTER TABLE `person` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `person_level`
--

DROP TABLE IF EXISTS `person_level`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `person_level` (
  `person_id` bigint(20) NOT NULL,
  `level_code` varchar(40) NOT NULL,
  `since_day` date NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `fk_person_level_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `person_level`
--

LOCK TABLES `person_level` WRITE;
/*!40000 ALTER TABLE `person_level` DISABLE KEYS */;
INSERT INTO `person_level` VALUES
(3,'trainer','2026-01-24',0),
(4,'qa-specialist','2026-03-24',0),
(5,'team-supervisor','2024-05-24',0),
(6,'junior-agent','2025-09-24',0),
(7,'junior-agent','2026-02-24',0),
(8,'junior-agent','2026-07-24',0),
(9,'junior-agent','2026-04-24',0),
(10,'junior-agent','2026-10-24',0),
(11,'team-supervisor','2026-06-24',0);
/*!40000 ALTER TABLE `person_level` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `person_role`
--

DROP TABLE IF EXISTS `person_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `person_role` (
  `person_id` bigint(20) NOT NULL,
  `role` varchar(20) NOT NULL,
  PRIMARY KEY (`person_id`,`role`),
  CONSTRAINT `fk_person_role_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `person_role`
--

LOCK TABLES `person_role` WRITE;
/*!40000 ALTER TABLE `person_role` DISABLE KEYS */;
INSERT INTO `person_role` VALUES
(1,'ADMIN'),
(2,'HR'),
(3,'TRAINER'),
(4,'AGENT'),
(4,'QA'),
(5,'SUPERVISOR'),
(6,'AGENT'),
(7,'AGENT'),
(8,'AGENT'),
(9,'AGENT'),
(10,'AGENT'),
(11,'SUPERVISOR');
/*!40000 ALTER TABLE `person_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `program`
--

DROP TABLE IF EXISTS `program`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `program` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(80) NOT NULL,
  `content` mediumtext NOT NULL,
  `revision_number` int(11) NOT NULL,
  `source_hash` varchar(64) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_program_slug` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `program`
--

LOCK TABLES `program` WRITE;
/*!40000 ALTER TABLE `program` DISABLE KEYS */;
INSERT INTO `program` VALUES
(1,'new-hire-onboarding','title:\n  en: New-hire onboarding\n  zh-CN: 新员工入职培训\nsummary:\n  en: Seven weeks from the first day to the first real call. Learn the Lumen products and how to troubleshoot them, the service process from greeting to ticket closure, after-sales policy and how calls are scored, communication and complaint handling, basic service English and privacy, then pass the go-live certification.\n  zh-CN: 从入职第一天到独立接听第一通电话的七周培训。依次学习流明产品与故障排查、从问候到工单闭环的服务流程、售后政策与服务质量评分、沟通技巧与投诉处理、基础服务英语和隐私合规，最后通过上岗认证。\nweeks:\n  - title:\n      en: Lumen products\n      zh-CN: 流明产品知识\n    modules:\n      - handset-products/01-model-lines\n      - handset-products/02-chipsets\n      - handset-products/03-displays\n      - handset-products/04-cameras\n      - handset-products/05-batteries-and-charging\n      - handset-products/06-lumenos-features\n      - handset-products/07-foldable-care\n    exams:\n      - product-basics-en\n  - title:\n      en: Troubleshooting\n      zh-CN: 故障排查\n    modules:\n      - troubleshooting/01-troubleshooting-method\n      - troubleshooting/02-freezes-and-crashes\n      - troubleshooting/03-overheating\n      - troubleshooting/04-weak-signal\n      - troubleshooting/05-failed-updates\n      - troubleshooting/06-water-damage-and-data-recovery\n    exams:\n      - troubleshooting-en\n  - title:\n      en: The service process and the ticket system\n      zh-CN: 服务流程与工单系统\n    modules:\n      - service-manual/01-service-standards\n      - service-manual/02-call-flow\n      - service-manual/03-identity-verification\n      - service-manual/04-issue-grading\n      - service-manual/05-three-tier-escalation\n      - service-manual/06-tickets-and-follow-up\n    exams: []\n  - title:\n      en: After-sales policy and service quality\n      zh-CN: 售后政策与服务质量\n    modules:\n      - after-sales-policy/01-warranty-coverage\n      - after-sales-policy/02-repair-flow\n      - after-sales-policy/03-out-of-warranty-options\n      - after-sales-policy/04-batch-defects-and-goodwill\n      - after-sales-policy/05-orders-and-deliveries\n      - quality-and-feedback/01-qa-scoring\n      - quality-and-feedback/02-daily-frequent-issues\n      - quality-and-feedback/03-monthly-review-and-golden-ideas\n      - quality-and-feedback/04-career-ladder\n    exams:\n      - service-standards-en\n  - title:\n      en: Communication and complaint handling\n      zh-CN: 沟通技巧与投诉处理\n    modules:\n      - customer-communication/01-calm-first-then-solve\n      - customer-communication/02-elderly-callers\n      - customer-communication/03-business-callers\n      - customer-communication/04-angry-callers-and-complaints\n      - customer-communication/05-requests-beyond-policy\n      - customer-communication/06-malicious-complaints\n    exams:\n      - complaint-handling-en\n  - title:\n      en: Basic service English and privacy\n      zh-CN: 基础服务英语与隐私合规\n    modules:\n      - service-english/01-openings-and-closings\n      - service-english/02-explaining-steps\n      - service-english/03-apologising-and-escalating\n      - service-english/04-overseas-customers\n      - privacy-compliance/01-pipl-basics\n      - privacy-compliance/02-what-you-may-say-on-a-call\n      - privacy-compliance/03-handling-and-storing-data\n      - privacy-compliance/04-incident-reporting\n    exams:\n      - privacy-compliance-en\n  - title:\n      en: Go-live\n      zh-CN: 上岗认证\n    modules: []\n    exams:\n      - go-live-en\ngo-live-certification: go-live\n',1,'6e264e40687bab0ee5235038138b09dd791d29500670158dd500d2beb3f4ffcf',1);
/*!40000 ALTER TABLE `program` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `program_revision`
--

DROP TABLE IF EXISTS `program_revision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `program_revision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `program_id` bigint(20) NOT NULL,
  `number` int(11) NOT NULL,
  `content` mediumtext NOT NULL,
  `origin` varchar(10) NOT NULL,
  `person_id` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `note` varchar(500) DEFAULT NULL,
  `replaced_number` int(11) DEFAULT NULL,
  `restored_number` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_program_revision_number` (`program_id`,`number`),
  CONSTRAINT `fk_program_revision_program` FOREIGN KEY (`program_id`) REFERENCES `program` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `program_revision`
--

LOCK TABLES `program_revision` WRITE;
/*!40000 ALTER TABLE `program_revision` DISABLE KEYS */;
INSERT INTO `program_revision` VALUES
(1,1,1,'title:\n  en: New-hire onboarding\n  zh-CN: 新员工入职培训\nsummary:\n  en: Seven weeks from the first day to the first real call. Learn the Lumen products and how to troubleshoot them, the service process from greeting to ticket closure, after-sales policy and how calls are scored, communication and complaint handling, basic service English and privacy, then pass the go-live certification.\n  zh-CN: 从入职第一天到独立接听第一通电话的七周培训。依次学习流明产品与故障排查、从问候到工单闭环的服务流程、售后政策与服务质量评分、沟通技巧与投诉处理、基础服务英语和隐私合规，最后通过上岗认证。\nweeks:\n  - title:\n      en: Lumen products\n      zh-CN: 流明产品知识\n    modules:\n      - handset-products/01-model-lines\n      - handset-products/02-chipsets\n      - handset-products/03-displays\n      - handset-products/04-cameras\n      - handset-products/05-batteries-and-charging\n      - handset-products/06-lumenos-features\n      - handset-products/07-foldable-care\n    exams:\n      - product-basics-en\n  - title:\n      en: Troubleshooting\n      zh-CN: 故障排查\n    modules:\n      - troubleshooting/01-troubleshooting-method\n      - troubleshooting/02-freezes-and-crashes\n      - troubleshooting/03-overheating\n      - troubleshooting/04-weak-signal\n      - troubleshooting/05-failed-updates\n      - troubleshooting/06-water-damage-and-data-recovery\n    exams:\n      - troubleshooting-en\n  - title:\n      en: The service process and the ticket system\n      zh-CN: 服务流程与工单系统\n    modules:\n      - service-manual/01-service-standards\n      - service-manual/02-call-flow\n      - service-manual/03-identity-verification\n      - service-manual/04-issue-grading\n      - service-manual/05-three-tier-escalation\n      - service-manual/06-tickets-and-follow-up\n    exams: []\n  - title:\n      en: After-sales policy and service quality\n      zh-CN: 售后政策与服务质量\n    modules:\n      - after-sales-policy/01-warranty-coverage\n      - after-sales-policy/02-repair-flow\n      - after-sales-policy/03-out-of-warranty-options\n      - after-sales-policy/04-batch-defects-and-goodwill\n      - after-sales-policy/05-orders-and-deliveries\n      - quality-and-feedback/01-qa-scoring\n      - quality-and-feedback/02-daily-frequent-issues\n      - quality-and-feedback/03-monthly-review-and-golden-ideas\n      - quality-and-feedback/04-career-ladder\n    exams:\n      - service-standards-en\n  - title:\n      en: Communication and complaint handling\n      zh-CN: 沟通技巧与投诉处理\n    modules:\n      - customer-communication/01-calm-first-then-solve\n      - customer-communication/02-elderly-callers\n      - customer-communication/03-business-callers\n      - customer-communication/04-angry-callers-and-complaints\n      - customer-communication/05-requests-beyond-policy\n      - customer-communication/06-malicious-complaints\n    exams:\n      - complaint-handling-en\n  - title:\n      en: Basic service English and privacy\n      zh-CN: 基础服务英语与隐私合规\n    modules:\n      - service-english/01-openings-and-closings\n      - service-english/02-explaining-steps\n      - service-english/03-apologising-and-escalating\n      - service-english/04-overseas-customers\n      - privacy-compliance/01-pipl-basics\n      - privacy-compliance/02-what-you-may-say-on-a-call\n      - privacy-compliance/03-handling-and-storing-data\n      - privacy-compliance/04-incident-reporting\n    exams:\n      - privacy-compliance-en\n  - title:\n      en: Go-live\n      zh-CN: 上岗认证\n    modules: []\n    exams:\n      - go-live-en\ngo-live-certification: go-live\n','FILE',NULL,'2026-11-24 09:02:06.000000',NULL,NULL,NULL);
/*!40000 ALTER TABLE `program_revision` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `promotion_application`
--

DROP TABLE IF EXISTS `promotion_application`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `promotion_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` bigint(20) NOT NULL,
  `from_level` varchar(40) NOT NULL,
  `to_level` varchar(40) NOT NULL,
  `state` varchar(20) NOT NULL,
  `open_key` bigint(20) DEFAULT NULL,
  `nominated_by` bigint(20) DEFAULT NULL,
  `motivation` varchar(2000) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `reviewer_id` bigint(20) DEFAULT NULL,
  `review_notes` varchar(2000) DEFAULT NULL,
  `reviewed_at` datetime(6) DEFAULT NULL,
  `decider_id` bigint(20) DEFAULT NULL,
  `decision_note` varchar(2000) DEFAULT NULL,
  `decided_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_promotion_application_open` (`open_key`),
  KEY `ix_promotion_application_person` (`person_id`,`created_at`),
  KEY `ix_promotion_application_state` (`state`),
  CONSTRAINT `fk_promotion_application_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `promotion_application`
--

LOCK TABLES `promotion_application` WRITE;
/*!40000 ALTER TABLE `promotion_application` DISABLE KEYS */;
/*!40000 ALTER TABLE `promotion_application` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `question_revision`
--

DROP TABLE IF EXISTS `question_revision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `question_revision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `question_id` bigint(20) NOT NULL,
  `number` int(11) NOT NULL,
  `gift` mediumtext NOT NULL,
  `content_hash` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_question_revision_number` (`question_id`,`number`),
  CONSTRAINT `fk_question_revision_question` FOREIGN KEY (`question_id`) REFERENCES `exam_question` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=367 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `question_revision`
--

LOCK TABLES `question_revision` WRITE;
/*!40000 ALTER TABLE `question_revision` DISABLE KEYS */;
INSERT INTO `question_revision` VALUES
(179,179,1,'$CATEGORY: products/model-lines\n\n// [id:product-basics-en-01]\n// [tag:model-lines]\n::Business flagship line::Which Lumen phone line is positioned as the business flagship? {\n=Lumen Max 70 and Max 70 Pro #Correct. The Max 70 line is built for business users - a big battery, an enterprise security chip and IP68.\n~Lumen P70 and P70 Pro #No. The P70 line is the camera flagship.\n~Lumen Fold 3 #No. The Fold 3 is the book-style foldable.\n~Lumen A30 #No. The A30 is the value phone.\n}\n','d17c764c76bf33b779032258058f8d77f7736e3a406376319f38a36469df95e8','2026-11-24 09:02:04.000000'),
(180,180,1,'$CATEGORY: products/model-lines\n\n// [id:product-basics-en-02]\n// [tag:model-lines]\n::Line and position::Match each Lumen product with the position it holds in the range. {\n=Lumen P70 Pro -> camera flagship\n=Lumen Max 70 Pro -> business flagship\n=Lumen Fold 3 -> book-style foldable\n=Lumen Flip 2 -> flip foldable\n=Lumen A30 -> value phone\n####The P70 line leads on photography, the Max 70 line on business use, the Fold 3 opens like a book, the Flip 2 folds top to bottom and the A30 is the value choice.\n}\n','9b2fb25a5eedd68bbba898ab90bc6919eb35f98e030aa66ce652502a94b03466','2026-11-24 09:02:04.000000'),
(181,181,1,'$CATEGORY: products/model-lines\n\n// [id:product-basics-en-03]\n// [tag:model-lines]\n// [tag:scenario]\n::Messages without coverage::A customer says \"I inspect wind farms in the mountains and half the time there is no mobile signal at all. I still need to text the office. Which of your phones would help me?\" Which reply is accurate? {\n=The Lumen Max 70 Pro can send satellite text messages, so you can still reach the office where there is no mobile network. #Correct. Satellite text messages are a feature of the Max 70 Pro.\n~Any Lumen Max 70 will do - both the Max 70 and the Max 70 Pro send satellite messages. #Not quite. Only the Pro model has satellite text messages.\n~The P70 Pro is the one to choose, its periscope camera also boosts reception. #No. The P70 Pro is the camera flagship; the camera has nothing to do with reception.\n~None of our phones can help; you would need a separate satellite device. #No. The Max 70 Pro offers satellite text messages.\n}\n','59e5d764a464836811a7fceab379bb0eb6ae68db91a2f22256ee54ac21ef0c6e','2026-11-24 09:02:04.000000'),
(182,182,1,'$CATEGORY: products/model-lines\n\n// [id:product-basics-en-04]\n// [tag:model-lines]\n::Value phone chip::The Lumen A30 is the value phone of the range. It runs on the {\n=Spark 700\n~Spark 8000\n~Spark 9000\n} chip and charges at 40 W.\n','989ace774696e085816ef328b5238adf23bb936d8ab762e8d7c2a5452bc5e2d2','2026-11-24 09:02:04.000000'),
(183,183,1,'$CATEGORY: products/model-lines\n\n// [id:product-basics-en-05]\n// [tag:model-lines]\n// [tag:scenario]\n::Watch strap widths::A customer says \"I\'d like a spare strap for my Lumen Watch 5, but I\'m not sure which width to order.\" Which widths can the agent offer for the Watch 5\'s quick-release straps? {\n=41 mm and 46 mm #Correct. The quick-release straps come in these two widths; confirm which one the customer\'s watch takes before ordering.\n~38 mm and 42 mm #No. These are not Watch 5 widths.\n~44 mm and 49 mm #No. These are not Watch 5 widths.\n~One universal width fits every Watch 5 #No. The Watch 5 straps come in two widths.\n}\n','01ce8e771380801e931e6540ba77cc9c6968fd534a096509e8cacb7e869c80d6','2026-11-24 09:02:04.000000'),
(184,184,1,'$CATEGORY: products/chipsets\n\n// [id:product-basics-en-06]\n// [tag:chipsets]\n::Which phones use the Spark 9000::Which Lumen phones run on the flagship Spark 9000 chip? Choose all that apply. {\n~%33.33333%Lumen P70 Pro\n~%33.33333%Lumen Max 70 Pro\n~%33.33333%Lumen Fold 3\n~%-50%Lumen P70 #No. The P70 uses the Spark 8000.\n~%-50%Lumen Flip 2 #No. The Flip 2 uses the Spark 8000.\n~%-100%Lumen A30 #No. The A30 uses the value Spark 700.\n####Spark 9000 - P70 Pro, Max 70 Pro and Fold 3. Spark 8000 - P70, Max 70 and Flip 2. Spark 700 - A30.\n}\n','76c7ec764705337be08bc84a30b26cf8f7a9337fac57aa9e3e31f0d73f41aff1','2026-11-24 09:02:04.000000'),
(185,185,1,'$CATEGORY: products/chipsets\n\n// [id:product-basics-en-07]\n// [tag:chipsets]\n::Spark 9000 process node::On what process node, in nanometres, is the Spark 9000 built? Enter a number. {#\n=4\n####The flagship Spark 9000 is a 4 nm chip; the value Spark 700 is 6 nm.\n}\n','03530fc04c11583aa2e11956b81e7dadc5ee3bac25acb1651e01779da606d225','2026-11-24 09:02:04.000000'),
(186,186,1,'$CATEGORY: products/chipsets\n\n// [id:product-basics-en-08]\n// [tag:chipsets]\n::Chip and tier::Match each Spark chip with its tier in the Lumen range. {\n=Spark 9000 -> flagship, 4 nm\n=Spark 8000 -> upper mid-range\n=Spark 700 -> value, 6 nm\n}\n','c20989ea0dbd356f6bf11c558924c691145f4d5fdbdc461e89de9f1fd741a885','2026-11-24 09:02:04.000000'),
(187,187,1,'$CATEGORY: products/chipsets\n\n// [id:product-basics-en-09]\n// [tag:chipsets]\n::Flip 2 chip::The Lumen Flip 2 runs on the Spark 8000 chip. {T#The Flip 2 shares the upper mid-range Spark 8000 with the P70 and the Max 70.#Right. The Flip 2 shares the Spark 8000 with the P70 and the Max 70.}\n','9c69d934a97f9d39dbcf6295778da881029f7261b42d7dff35da6b84fd601802','2026-11-24 09:02:04.000000'),
(188,188,1,'$CATEGORY: products/chipsets\n\n// [id:product-basics-en-10]\n// [tag:chipsets]\n// [tag:scenario]\n::P70 or P70 Pro for gaming::A customer says \"I play a lot of demanding games. Is there any difference in the chip between the P70 and the P70 Pro?\" Which reply is accurate? {\n=Yes. The P70 Pro has the flagship Spark 9000, while the P70 uses the upper mid-range Spark 8000. #Correct.\n~No, both use the Spark 9000. #No. Only the Pro model has the Spark 9000.\n~No, both use the Spark 8000. #No. The P70 Pro has the Spark 9000.\n~Yes. The P70 Pro uses the Spark 700, which is made for games. #No. The Spark 700 is the value chip in the A30.\n}\n','9cee82df040c311280ecc070dbc5e51fe908f14355636ca3c1f9d60830178668','2026-11-24 09:02:04.000000'),
(189,189,1,'$CATEGORY: products/displays\n\n// [id:product-basics-en-11]\n// [tag:displays]\n::Flagship refresh rate::The flagship Lumen phones use LTPO OLED screens. How does their refresh rate behave? {\n=It adapts between 1 and 120 Hz to the content on screen #Correct. LTPO lets the panel slow right down for still content and speed up for motion.\n~It is fixed at 120 Hz all the time #No. The rate is adaptive, which saves power.\n~It is fixed at 90 Hz #No. 90 Hz is the LCD of the A30.\n~It switches only between 60 and 90 Hz #No. The range is 1 to 120 Hz.\n}\n','747f09f6e232ddd139a651b81b46976df7f3147c07d80262cae095a70ad22c69','2026-11-24 09:02:04.000000'),
(190,190,1,'$CATEGORY: products/displays\n\n// [id:product-basics-en-12]\n// [tag:displays]\n::PWM dimming frequency::Lumen flagships use high-frequency PWM dimming for eye comfort. What is the dimming frequency, in Hz? {#\n=1440 #Correct. 1440 Hz PWM dimming.\n=%50%1440:100 #Close, but give the exact figure - 1440 Hz.\n####The flagships dim at 1440 Hz, which reduces flicker that some users notice at low brightness.\n}\n','9d9394d182eb54ca36f879cfea53b0c1f1df019e5d8bc4a054b81fd97c780edd','2026-11-24 09:02:04.000000'),
(191,191,1,'$CATEGORY: products/displays\n\n// [id:product-basics-en-13]\n// [tag:displays]\n::A30 screen::The Lumen A30 has an LTPO OLED screen with an adaptive refresh rate up to 120 Hz. {F#The A30 has a 90 Hz LCD; LTPO OLED at 1-120 Hz is on the flagships.#Right. The A30 uses a 90 Hz LCD.}\n','3b3f8c689bc9d670524c7bb1875ac2c0de476dbb288be0c08405a00a94694a0a','2026-11-24 09:02:04.000000'),
(192,192,1,'$CATEGORY: products/displays\n\n// [id:product-basics-en-14]\n// [tag:displays]\n// [tag:scenario]\n::Tired eyes at night::A customer says \"I read on my phone in bed with the brightness turned down, and my eyes get tired. Does Lumen do anything about that?\" Which reply is accurate for a flagship owner? {\n=Our flagship screens use 1440 Hz PWM dimming, which is designed for eye comfort at low brightness. #Correct.\n~Only the A30 has eye-comfort dimming because of its LCD. #No. The 1440 Hz PWM dimming belongs to the flagship OLED screens.\n~There is nothing the phone can do; please see an eye doctor. #This dismisses the question. The flagships have a feature aimed at exactly this.\n~Switch the refresh rate to 1 Hz permanently to protect your eyes. #No. The refresh rate adapts by itself and is not an eye-comfort setting.\n}\n','703b25611b2fca6559511208c44d05a65d3c6008bbab3c63d737cdbd64e28299','2026-11-24 09:02:04.000000'),
(193,193,1,'$CATEGORY: products/cameras\n\n// [id:product-basics-en-15]\n// [tag:cameras]\n::P70 Pro camera hardware::Which of these are features of the Lumen P70 Pro camera? Choose all that apply. {\n~%33.33333%A 1-inch main sensor\n~%33.33333%A variable aperture from f/1.4 to f/4.0\n~%33.33333%A 5× periscope telephoto\n~%-100%A 10× periscope telephoto #No. The periscope telephoto is 5×.\n~%-100%A fixed f/2.8 aperture #No. The aperture is variable, from f/1.4 to f/4.0.\n}\n','6be4d3c000b426efb582403099a4ab996330923515aa4234780af2fa87d667e4','2026-11-24 09:02:04.000000'),
(194,194,1,'$CATEGORY: products/cameras\n\n// [id:product-basics-en-16]\n// [tag:cameras]\n// [tag:scenario]\n::Washed-out night photos::A customer says \"My night shots come out far too bright and washed out, with coloured fringes around the street lights. I always use Super Night mode.\" What is the most helpful first reply? {\n=Super Night mode can over-expose scenes that already have bright lights. Let\'s try Pro mode together and set the ISO and shutter speed by hand. #Correct. This is a settings issue to solve on the call, not a hardware fault.\n~That sounds like a faulty camera module. Please send the phone for repair. #Jumping to hardware wastes the customer\'s time; the symptoms point to over-exposure.\n~Night photos never look good on any phone, I\'m afraid. #This gives up on the customer and is not true of the P70 line.\n~Turn off Super Night mode and never use it again. #Too blunt. Explain when each mode fits and show the manual alternative.\n}\n','58f587d72e87a98d823461e45a484f77557b1d41f61250d5799d520ebc7232be','2026-11-24 09:02:04.000000'),
(195,195,1,'$CATEGORY: products/cameras\n\n// [id:product-basics-en-17]\n// [tag:cameras]\n::Manual camera mode::To set ISO and shutter speed by hand on a P70, the customer opens the camera\'s {\n=Pro mode\n=Pro\n=Professional mode\n=Pro*\n} and adjusts each value there.\n','6f3318e6633c2fa704429c31854ca5887d05f7bbf60b608cd3e84ff4a452e93c','2026-11-24 09:02:04.000000'),
(196,196,1,'$CATEGORY: products/cameras\n\n// [id:product-basics-en-18]\n// [tag:cameras]\n::Periscope zoom::What is the optical zoom factor of the P70 Pro periscope telephoto? Enter a number. {#\n=5\n####The P70 Pro has a 5× periscope telephoto.\n}\n','eed75d522ca2c8f4711b112f5e6cbe13e2d3dffc3c38de2a15a6047c38de27a9','2026-11-24 09:02:04.000000'),
(197,197,1,'$CATEGORY: products/batteries\n\n// [id:product-basics-en-19]\n// [tag:batteries]\n::P70 Pro wired charging::What is the top wired charging power of the Lumen P70 Pro, in watts, with the Lumen charger and cable? {#\n=88 #Correct. 88 W wired on the P70 Pro and the Max 70 Pro.\n=%50%88:10 #Close, but give the exact rating - 88 W.\n####P70 Pro and Max 70 Pro - 88 W wired and 50 W wireless. P70, Max 70, Fold 3 - 66 W. A30 - 40 W.\n}\n','872944e804294bad2f5b0338ff72dfa68ac7a0af394a0c03cefdb0e8c9550418','2026-11-24 09:02:04.000000'),
(198,198,1,'$CATEGORY: products/batteries\n\n// [id:product-basics-en-20]\n// [tag:batteries]\n::Wired charging by model::Match each phone with its wired charging power. {\n=Lumen P70 Pro -> 88 W\n=Lumen Fold 3 -> 66 W\n=Lumen A30 -> 40 W\n}\n','f8e139a9e1f63f97614768224fa3886bb5cc6836620b790149c2531f5aed76a3','2026-11-24 09:02:04.000000'),
(199,199,1,'$CATEGORY: products/batteries\n\n// [id:product-basics-en-21]\n// [tag:batteries]\n// [tag:scenario]\n::Slow charging with an old charger::A customer says \"My new P70 Pro charges much slower than the 88 W in the advert. I\'m using the charger and cable from my old phone.\" Which reply is accurate? {\n=The 88 W speed needs the Lumen charger and cable. With other chargers the phone still charges, just more slowly. #Correct.\n~That means the battery is faulty; please book a repair. #No. The accessory explains the slower speed.\n~88 W is only reached with wireless charging. #No. Wireless charging tops out at 50 W; 88 W is wired.\n~Fast charging has to be unlocked with a paid subscription. #No. There is no such subscription.\n}\n','f1d344f17925190498ae9453987497ca6fa4cbcb168d8dc020d1f753ffb9e5f3','2026-11-24 09:02:04.000000'),
(200,200,1,'$CATEGORY: products/batteries\n\n// [id:product-basics-en-22]\n// [tag:batteries]\n::Max 70 battery::What is the battery capacity of the Lumen Max 70, in mAh? {#\n=5500\n####The business flagship carries a 5,500 mAh battery; the A30 has 5,000 mAh.\n}\n','d6d90604ebf81bc2ab8ef1c152b0daa8d3f87a06a66a0fa1633de9589b162304','2026-11-24 09:02:04.000000'),
(201,201,1,'$CATEGORY: products/batteries\n\n// [id:product-basics-en-23]\n// [tag:batteries]\n::Reading Battery Health::[markdown]A customer opens **Battery Health** in Settings and reads out the maximum capacity, *76 %*. What should the agent tell them? {\n=The battery is worn, because its maximum capacity is below 80 %. #Correct. Below 80 % the battery counts as worn.\n~The battery is fine; only a reading below 50 % means wear. #No. The line is at 80 %.\n~The reading is the current charge level, so the customer should charge the phone. #No. Battery Health shows the maximum capacity, not the charge level.\n~Battery Health readings are not reliable and should be ignored. #No. Battery Health is the reference the agent uses.\n}\n','031f4c7fbf4796826b20dfd38c0904c90683c722bd5b2c33fd1f5a9b2f998b36','2026-11-24 09:02:04.000000'),
(202,202,1,'$CATEGORY: products/os\n\n// [id:product-basics-en-24]\n// [tag:os]\n::Smart Charging::What does Smart Charging in LumenOS 5 do? Choose all that apply. {\n~%50%It holds the charge at 80 % overnight #Yes.\n~%50%It finishes charging before the time the customer usually unplugs #Yes.\n~%-100%It raises the charging power to 88 W on every phone #No. Charging power depends on the model and the charger.\n~%-50%It turns wireless charging off #No. Smart Charging only manages when the battery fills.\n}\n','2e11539ad852eaca39bec5823a082065a3ad58352fcd518c18a002088ebce0af','2026-11-24 09:02:04.000000'),
(203,203,1,'$CATEGORY: products/os\n\n// [id:product-basics-en-25]\n// [tag:os]\n::Two copies of one app::Which LumenOS 5 feature lets a customer use two accounts of the same messaging app on one phone? {\n=App Twin #Correct.\n~Safe Mode #No. Safe Mode starts the phone for troubleshooting.\n~Find Device #No. Find Device locates a lost phone.\n~One-tap file transfer #No. That sends files between Lumen devices.\n}\n','778c7bd0435a074a2ac3dd388e29d6b35fa21d1bc1da789f71e4b6a1ecd7c8fc','2026-11-24 09:02:04.000000'),
(204,204,1,'$CATEGORY: products/os\n\n// [id:product-basics-en-26]\n// [tag:os]\n::Free cloud storage::How many GB of Lumen Cloud backup storage does a customer get free of charge? {#\n=5\n####Lumen Cloud includes 5 GB free; more space comes with a paid plan.\n}\n','edd846382e1a8e48208814863616f9988e65aad0a770eb2dbe6132e24f9ddebc','2026-11-24 09:02:04.000000'),
(205,205,1,'$CATEGORY: products/os\n\n// [id:product-basics-en-27]\n// [tag:os]\n::Where updates live::Complete the menu path for over-the-air system updates in LumenOS 5. Settings → System → ... {\n=Software update\n=Software updates\n=*update*\n####Settings → System → Software update. The phone needs at least 20 % battery and 5 GB of free storage.\n}\n','427ccea5159bc18545e3de34872d4defb77ecdd7da3a81c2059e77001d11aa65','2026-11-24 09:02:04.000000'),
(206,206,1,'$CATEGORY: products/os\n\n// [id:product-basics-en-28]\n// [tag:os]\n::Lost phone::A customer who has lost a Lumen phone can locate it with the LumenOS 5 feature called {\n=Find Device\n~App Twin\n~Smart Charging\n~Safe Mode\n}.\n','908dbec5bf9fcff2a66198670b31cc48e84960f5327603869b34bc12cd67e073','2026-11-24 09:02:04.000000'),
(207,207,1,'$CATEGORY: products/foldables\n\n// [id:product-basics-en-29]\n// [tag:foldables]\n::Hinge rating::How many folds is the water-drop hinge of the Lumen Fold 3 rated for? {\n=400,000 #Correct.\n~100,000 #Too low.\n~200,000 #Too low.\n~1,000,000 #Too high.\n}\n','0fae4ab3ef79fdc637861f364aa321588d7af00b6212e9fca0fdf78e8a496e50','2026-11-24 09:02:04.000000'),
(208,208,1,'$CATEGORY: products/foldables\n\n// [id:product-basics-en-30]\n// [tag:foldables]\n::Fold 3 and dust::The Fold 3 is rated IPX8, so it is also protected against sand and dust on the beach. {F#The X in IPX8 means no dust rating. IPX8 covers water only.#Right. The X means the phone has no dust rating.}\n','7aaf063523d86366e8470297c361edbdf7b6324faf8b618d4aa3a001d8b1b08f','2026-11-24 09:02:04.000000'),
(209,209,1,'$CATEGORY: products/foldables\n\n// [id:product-basics-en-31]\n// [tag:foldables]\n// [tag:scenario]\n::Film on the inner screen::A Fold 3 owner says \"There\'s a thin layer on the inner screen that looks like a cheap screen protector. Can I just peel it off?\" Which reply is right? {\n=Please leave it on. It is a protective film fitted at the factory over the ultra-thin glass, and it is part of the screen\'s protection. #Correct.\n~Yes, it\'s only packaging film, you can remove it. #No. It is a factory-fitted protective film, not packaging.\n~Yes, and replace it with any tempered-glass protector from a shop. #No. The inner screen is ultra-thin glass with a factory-fitted film.\n~That layer means your screen has been replaced before. #No. Every Fold 3 leaves the factory with this film.\n}\n','8916e8333a6533c8d7bdae9e70f6e996d3a6fabccd2f167479e44345abc0553c','2026-11-24 09:02:04.000000'),
(210,210,1,'$CATEGORY: products/foldables\n\n// [id:product-basics-en-32]\n// [tag:foldables]\n::Foldable screen sizes::Match each screen with its size. {\n=Fold 3 inner screen -> 7.8 inches\n=Flip 2 inner screen -> 6.9 inches\n=Flip 2 cover screen -> 3.6 inches\n}\n','0823d9a4e7d21b9793676594bd9e96d1d8c130301aaa06c42a1c41204cfa17a6','2026-11-24 09:02:04.000000'),
(211,211,1,'$CATEGORY: products/foldables\n\n// [id:product-basics-en-33]\n// [tag:foldables]\n::Fold 3 chip and charging::Which statements about the Lumen Fold 3 are correct? Choose all that apply. {\n~%50%It runs on the Spark 9000 #Yes.\n~%50%It charges at up to 66 W wired #Yes.\n~%-100%It charges at 88 W wired #No. 88 W is for the P70 Pro and Max 70 Pro.\n~%-50%It is rated IP68 against dust and water #No. It is IPX8, which does not cover dust.\n}\n','d9a75f6348c2cfe8f1a9e51a36cb70ff16d1b9c6e46612700abf35cefb49ea9c','2026-11-24 09:02:04.000000');
/*!40000 ALTER TABLE `question_revision` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `shedlock`
--

DROP TABLE IF EXISTS `shedlock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `shedlock` (
  `name` varchar(64) NOT NULL,
  `lock_until` timestamp(3) NOT NULL,
  `locked_at` timestamp(3) NOT NULL,
  `locked_by` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `shedlock`
--

LOCK TABLES `shedlock` WRITE;
/*!40000 ALTER TABLE `shedlock` DISABLE KEYS */;
/*!40000 ALTER TABLE `shedlock` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sign_in_throttle`
--

DROP TABLE IF EXISTS `sign_in_throttle`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sign_in_throttle` (
  `username` varchar(128) NOT NULL,
  `failures` int(11) NOT NULL,
  `locked_until` datetime(6) DEFAULT NULL,
  `last_failure_at` datetime(6) NOT NULL,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sign_in_throttle`
--

LOCK TABLES `sign_in_throttle` WRITE;
/*!40000 ALTER TABLE `sign_in_throttle` DISABLE KEYS */;
/*!40000 ALTER TABLE `sign_in_throttle` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `team`
--

DROP TABLE IF EXISTS `team`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `team` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_team_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `team`
--

LOCK TABLES `team` WRITE;
/*!40000 ALTER TABLE `team` DISABLE KEYS */;
INSERT INTO `team` VALUES
(1,'Team A · 一组'),
(2,'Team B · 二组');
/*!40000 ALTER TABLE `team` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed
