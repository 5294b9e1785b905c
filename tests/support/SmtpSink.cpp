#include "SmtpSink.h"

#include "ChildProcess.h"
#include "TestEnv.h"
#include "TestPki.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

namespace fleet::test {

namespace {
// aiosmtpd is a Debian package for the system interpreter; a pyenv python3 on PATH lacks it.
QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}
} // namespace

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::restart(const SmtpSinkOptions &options)
{
    stop();
    m_options = options;
    return start(options);
}

bool SmtpSink::start(const SmtpSinkOptions &options)
{
    m_error.clear();
    m_output.clear();
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_options = options;
        m_port = freeTcpPort();
    }
    const TestPki &pki = TestPki::instance();
    if (!pki.isValid()) {
        m_error = pki.error();
        return false;
    }
    QStringList args = {sourceDir() + QStringLiteral("/tests/support/smtp_sink.py"),
                        QStringLiteral("--port"),
                        QString::number(m_port),
                        QStringLiteral("--mode"),
                        m_options.implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"),
                        QStringLiteral("--cert"),
                        m_options.certificate.isEmpty() ? pki.server().certificate : m_options.certificate,
                        QStringLiteral("--key"),
                        m_options.key.isEmpty() ? pki.server().key : m_options.key,
                        QStringLiteral("--maildir"),
                        m_dir->path()};
    if (!m_options.user.isEmpty())
        args << QStringLiteral("--user") << m_options.user << QStringLiteral("--password") << m_options.password;
    for (const QString &address : std::as_const(m_options.refusedRecipients))
        args << QStringLiteral("--refuse-rcpt") << address;
    if (m_options.temporaryFailures > 0)
        args << QStringLiteral("--temporary-failures") << QString::number(m_options.temporaryFailures);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(python(), args);
    if (!m_process.waitForStarted(scaled(5000))) {
        m_error = QStringLiteral("python3 did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(scaled(15000));
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        if (m_output.contains("READY"))
            return true;
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("smtp_sink.py exited early:\n%1").arg(output());
            return false;
        }
    }
    m_error = QStringLiteral("smtp_sink.py did not get ready in time:\n%1").arg(output());
    stop();
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    stopProcess(m_process);
    m_output += m_process.readAll();
}

QString SmtpSink::output() const
{
    return QString::fromUtf8(m_output);
}

QList<ReceivedMail> SmtpSink::messages() const
{
    QList<ReceivedMail> out;
    if (!m_dir)
        return out;
    const QDir dir(m_dir->path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        ReceivedMail mail;
        QFile eml(dir.filePath(name));
        if (eml.open(QIODevice::ReadOnly))
            mail.raw = eml.readAll();
        QFile rcpt(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".rcpt")));
        if (rcpt.open(QIODevice::ReadOnly))
            mail.recipients = QString::fromUtf8(rcpt.readAll()).split(u'\n', Qt::SkipEmptyParts);
        out << mail;
    }
    return out;
}

alerting::SmtpSettings smtpSettingsFor(const SmtpSink &sink, alerting::SmtpSecurity security, const QString &user)
{
    alerting::SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = sink.port();
    s.security = security;
    s.username = user;
    s.from = QStringLiteral("agent@fleet.test");
    s.caFile = TestPki::instance().caCertificate();
    s.timeoutSeconds = 10;
    return s;
}

} // namespace fleet::test
