-- CreateTable
CREATE TABLE "PendingReview" (
    "attemptId" TEXT NOT NULL,

    CONSTRAINT "PendingReview_pkey" PRIMARY KEY ("attemptId")
);

-- AddForeignKey
ALTER TABLE "PendingReview" ADD CONSTRAINT "PendingReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
