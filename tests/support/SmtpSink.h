#pragma once
// Test fixture: a real SMTP server (aiosmtpd, tests/support/smtp_sink.py) on 127.0.0.1 with the
// server certificate of TestPki, STARTTLS required or implicit TLS, optional AUTH. Messages it
// accepts land as files in a temporary directory; messages() reads them back. Started by the
// test, stopped by PID; stop() then start() again keeps the port and the received mail, so a
// test can take the server down and bring it back.

#include "alerting/SmtpSettings.h"

#include <QProcess>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace fleet::test {

struct SmtpSinkOptions
{
    bool implicitTls = false;
    QString user; // empty: no AUTH
    QString password;
    QString certificate; // empty: TestPki server()
    QString key;
    QStringList refusedRecipients; // answered "550 5.1.1 ... User unknown"
    int temporaryFailures = 0;     // the first N RCPT TO are answered "451 4.7.1 ... Greylisted"
};

struct ReceivedMail
{
    QStringList recipients;
    QByteArray raw;
};

class SmtpSink final
{
public:
    SmtpSink();
    ~SmtpSink();
    Q_DISABLE_COPY_MOVE(SmtpSink)

    bool start(const SmtpSinkOptions &options = {});
    void stop();
    // Stops the server and starts it again on the same port, with the same mailbox, under new
    // options (e.g. an address it refused is now accepted).
    bool restart(const SmtpSinkOptions &options);
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString output() const;

    QList<ReceivedMail> messages() const;

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    SmtpSinkOptions m_options;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};

// The agent's settings for sink: 127.0.0.1 and its port, the test CA trusted, sending as
// agent@fleet.test, a 10 s timeout.
alerting::SmtpSettings smtpSettingsFor(const SmtpSink &sink,
                                       alerting::SmtpSecurity security = alerting::SmtpSecurity::StartTls,
                                       const QString &user = {});

} // namespace fleet::test
