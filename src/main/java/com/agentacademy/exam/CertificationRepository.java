package com.agentacademy.exam;

import org.springframework.data.repository.ListCrudRepository;

interface CertificationRepository extends ListCrudRepository<Certification, String> {
}
