-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "answerWrites" INTEGER NOT NULL DEFAULT 0;
