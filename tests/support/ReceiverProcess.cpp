#include "ReceiverProcess.h"

#include "ChildProcess.h"
#include "TestEnv.h"
#include "TestPki.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace fleet::test {

namespace {
QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

ReceiverProcess::ReceiverProcess() = default;

ReceiverProcess::~ReceiverProcess()
{
    stop();
}

QString ReceiverProcess::executable()
{
    return binDir() + QStringLiteral("/fleetkeeper-receiver");
}

QString ReceiverProcess::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(m_options.basePath);
}

QString ReceiverProcess::localhostUrl() const
{
    return QStringLiteral("https://localhost:%1%2").arg(m_port).arg(m_options.basePath);
}

QString ReceiverProcess::databasePath() const
{
    return m_dataDir + QStringLiteral("/receiver.db");
}

QString ReceiverProcess::log() const
{
    return m_logPath.isEmpty() ? QString() : readFile(m_logPath);
}

bool ReceiverProcess::start(const ReceiverOptions &options)
{
    stop();
    m_error.clear();
    m_options = options;
    if (!m_run) {
        m_run = std::make_unique<QTemporaryDir>();
        if (!m_run->isValid() || !QDir(m_run->path()).mkpath(QStringLiteral("data"))) {
            m_error = QStringLiteral("cannot create the temporary directory");
            return false;
        }
        m_dataDir = m_run->filePath(QStringLiteral("data"));
        m_logPath = m_run->filePath(QStringLiteral("receiver.log"));
        m_port = 0;
    }
    return launch();
}

bool ReceiverProcess::restart(const ReceiverOptions &options)
{
    if (!m_run) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    stop();
    m_error.clear();
    m_options = options;
    return launch();
}

QStringList ReceiverProcess::serveArguments() const
{
    const TestPki &pki = TestPki::instance();
    const ReceiverOptions &o = m_options;
    QStringList args = {QStringLiteral("serve"),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(m_port),
                        QStringLiteral("--cert"),
                        o.certificate.isEmpty() ? pki.server().certificate : o.certificate,
                        QStringLiteral("--key"),
                        o.key.isEmpty() ? pki.server().key : o.key,
                        QStringLiteral("--client-ca"),
                        o.clientCa.isEmpty() ? pki.caCertificate() : o.clientCa,
                        QStringLiteral("--data"),
                        m_dataDir};
    for (const QString &key : o.registrationKeys)
        args << QStringLiteral("--registration-key") << key;
    if (!o.basePath.isEmpty())
        args << QStringLiteral("--base-path") << o.basePath;
    if (o.failNext > 0)
        args << QStringLiteral("--fail-next") << QString::number(o.failNext);
    if (o.retryAfterSeconds >= 0)
        args << QStringLiteral("--retry-after") << QString::number(o.retryAfterSeconds);
    if (o.dropAfterStore)
        args << QStringLiteral("--drop-after-store");
    if (o.delayMs > 0)
        args << QStringLiteral("--delay-ms") << QString::number(o.delayMs);
    return args + o.extraArguments;
}

bool ReceiverProcess::launch()
{
    const TestPki &pki = TestPki::instance();
    if (!pki.isValid()) {
        m_error = pki.error();
        return false;
    }
    if (!QFile::exists(executable())) {
        m_error = QStringLiteral("%1 is missing: build the fleetkeeper-receiver target").arg(executable());
        return false;
    }
    const qint64 logStart = QFileInfo(m_logPath).size();
    m_process.setStandardOutputFile(m_logPath, QIODevice::Append);
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its receiver running: the kernel sends SIGTERM when we die.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(executable(), serveArguments());
    if (!m_process.waitForStarted(scaled(5000))) {
        m_error = QStringLiteral("the receiver did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on [^\\s]+:(\\d+)"));
    const QDeadlineTimer deadline(scaled(15000));
    while (!deadline.hasExpired()) {
        const QString output = log().mid(logStart);
        if (const auto m = listening.match(output); m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        // Also how QProcess notices an exit without an event loop.
        if (m_process.waitForFinished(20) || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("the receiver exited early (code %1):\n%2")
                          .arg(m_process.exitCode())
                          .arg(log().mid(logStart));
            return false;
        }
    }
    m_error = QStringLiteral("the receiver did not report listening in time:\n%1").arg(log().mid(logStart));
    stop();
    return false;
}

void ReceiverProcess::stop()
{
    stopProcess(m_process);
}

ReceiverCliResult ReceiverProcess::runCli(const QStringList &arguments) const
{
    ReceiverCliResult result;
    QProcess cli;
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(executable(), arguments);
    if (!cli.waitForFinished(scaled(15000))) {
        cli.kill();
        cli.waitForFinished(2000);
        result.standardError =
            QStringLiteral("fleetkeeper-receiver %1 did not finish: %2").arg(arguments.join(u' '), cli.errorString());
        return result;
    }
    result.standardOutput = QString::fromUtf8(cli.readAllStandardOutput());
    result.standardError = QString::fromUtf8(cli.readAllStandardError());
    result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return result;
}

QString ReceiverProcess::queueCommand(const QString &agentId, const QString &action, qint64 deviceId,
                                      const QString &serial, const QMap<QString, QString> &parameters,
                                      int expiresInHours, QString *error) const
{
    QStringList args = {QStringLiteral("queue"),
                        QStringLiteral("--data"),
                        m_dataDir,
                        QStringLiteral("--agent"),
                        agentId,
                        QStringLiteral("--action"),
                        action,
                        QStringLiteral("--device-id"),
                        QString::number(deviceId),
                        QStringLiteral("--expires-in-hours"),
                        QString::number(expiresInHours)};
    if (!serial.isEmpty())
        args << QStringLiteral("--serial") << serial;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        args << QStringLiteral("--param") << it.key() + u'=' + it.value();
    const ReceiverCliResult r = runCli(args);
    const QString id = r.standardOutput.trimmed();
    if (!r.ok() || id.isEmpty() || id.contains(u'\n')) {
        if (error)
            *error = r.output();
        return {};
    }
    return id;
}

QJsonArray ReceiverProcess::list(const QString &what, QString *error) const
{
    const ReceiverCliResult r =
        runCli({QStringLiteral("list"), what, QStringLiteral("--data"), m_dataDir, QStringLiteral("--json")});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.standardOutput.toUtf8(), &parseError);
    if (!r.ok() || !doc.isArray()) {
        if (error)
            *error = r.output() + parseError.errorString();
        return {};
    }
    return doc.array();
}

int ReceiverProcess::setSettings(const QString &agentId, const QJsonObject &settings, QString *error) const
{
    static QAtomicInteger<int> counter;
    const QString file = m_run->filePath(QStringLiteral("settings-%1.json").arg(counter.fetchAndAddRelaxed(1)));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(settings).toJson()) < 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(file);
        return -1;
    }
    f.close();
    const ReceiverCliResult r = runCli({QStringLiteral("set-settings"), QStringLiteral("--data"), m_dataDir,
                                        QStringLiteral("--agent"), agentId, file});
    bool ok = false;
    const int revision = r.standardOutput.trimmed().toInt(&ok);
    if (!r.ok() || !ok) {
        if (error)
            *error = r.output();
        return -1;
    }
    return revision;
}

QList<QVariantMap> ReceiverProcess::query(const QString &sql, const QVariantList &values, QString *error) const
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("receiver-fixture-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<QVariantMap> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
            } else {
                while (q.next()) {
                    QVariantMap row;
                    const QSqlRecord rec = q.record();
                    for (int i = 0; i < rec.count(); ++i)
                        row.insert(rec.fieldName(i), q.value(i));
                    rows << row;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

qint64 ReceiverProcess::count(const QString &table) const
{
    QString error;
    const auto rows = query(QStringLiteral("SELECT COUNT(*) AS n FROM %1").arg(table), {}, &error);
    return rows.size() == 1 && error.isEmpty() ? rows.first().value(QStringLiteral("n")).toLongLong() : -1;
}

} // namespace fleet::test
