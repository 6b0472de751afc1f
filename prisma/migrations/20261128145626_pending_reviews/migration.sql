-- CreateTable
CREATE TABLE "PendingReview" (
    "attemptId" TEXT NOT NULL PRIMARY KEY,
    CONSTRAINT "PendingReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
