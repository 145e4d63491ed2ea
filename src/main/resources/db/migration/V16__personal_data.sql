-- A person's phone number and national ID number (身份证号), both optional. The columns hold
-- AES-GCM ciphertext with the key id in front ("k2:" + base64 of IV, ciphertext and tag), never the
-- number itself: see PersonalDataCipher.
ALTER TABLE person ADD COLUMN phone VARCHAR(255);
ALTER TABLE person ADD COLUMN national_id VARCHAR(255);
