-- AlterEnum
ALTER TYPE "CertificateKind" ADD VALUE 'REFUSAL_DECISION';
