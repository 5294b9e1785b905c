#pragma once
// Test mail, sent at once and on the caller's thread (a worker's: SMTP blocks), for a person
// checking a set-up: a profile's test message (recorded in the notifications table like any
// other, but never retried: a test that failed is "failed", not sent hours later), and the SMTP
// settings' connection test (a short message to the sender address itself, because only a server
// that accepted a message has proved TLS, the login and the sender).

#include "alerting/AlertProfile.h"
#include "alerting/SmtpSender.h"
#include "storage/Database.h"

namespace fleet::alerting {

// A test mail that could not be sent (stored state; tests are not retried).
inline const QString kStateFailed = QStringLiteral("failed");

struct TestMailResult
{
    qint64 notificationId = 0; // 0: nothing was queued (no SMTP server configured)
    SmtpResult smtp;
};

// Sends profile's test message through the stored SMTP settings and the password in secretsPath.
storage::Result<TestMailResult> sendTestMail(storage::Database &db, const QString &secretsPath,
                                             const AlertProfile &profile, const QDateTime &now);

// Sends a short message from settings.from to settings.from through settings.
SmtpResult testSmtpConnection(const SmtpSettings &settings, const QString &password, const QDateTime &now);

} // namespace fleet::alerting
