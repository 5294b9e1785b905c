#pragma once
// Test fixture: the reference server `fleetkeeper-receiver serve` (build/bin) on 127.0.0.1, with the
// certificates of TestPki, a temporary data directory and a port chosen by the receiver itself
// (--listen 127.0.0.1:0, read back from its "listening on" line, so two suites never race for a
// port). Started by the test and stopped by PID; a crash of the test takes the receiver with it.
// The receiver's own CLI (queue, list, set-settings) runs as separate processes against the same
// data directory, exactly as a provider would use it; query() reads receiver.db read-only.

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class QTemporaryDir;

namespace fleet::test {

struct ReceiverOptions
{
    QStringList registrationKeys = {QStringLiteral("RK-TEST-0001")};
    // Empty: TestPki::instance().server() and its CA for client certificates.
    QString certificate;
    QString key;
    QString clientCa;
    QString basePath;            // --base-path, e.g. "/fleetkeeper"; empty: the endpoints are at /v1/...
    int failNext = 0;            // --fail-next: that many uploads answered 503 with Retry-After
    int retryAfterSeconds = -1;  // --retry-after for those 503s; -1: the receiver's default
    bool dropAfterStore = false; // --drop-after-store: store uploads, then close without answering
    int delayMs = 0;             // --delay-ms before every answer
    QStringList extraArguments;  // anything else for `serve`
};

// What one CLI run of the receiver printed.
struct ReceiverCliResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
    bool ok() const { return exitCode == 0; }
    QString output() const { return standardOutput + standardError; } // for failure messages
};

class ReceiverProcess final
{
public:
    ReceiverProcess();
    ~ReceiverProcess();
    Q_DISABLE_COPY_MOVE(ReceiverProcess)

    static QString executable(); // binDir()/fleetkeeper-receiver

    // Creates a fresh data directory (once per fixture: restart() and a second start() keep it),
    // starts `serve` and waits, with a deadline, for its "listening on" line. On failure returns
    // false and error() says why, with the receiver's output.
    bool start(const ReceiverOptions &options = {});
    // Stops and starts again with the same data directory and port (options may change).
    bool restart(const ReceiverOptions &options);
    bool restart() { return restart(m_options); }
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }

    quint16 port() const { return m_port; }
    // https://127.0.0.1:<port><basePath> and the same with "localhost".
    QString baseUrl() const;
    QString localhostUrl() const;
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString error() const { return m_error; }
    QString log() const; // everything the server printed (one line per request)

    // The receiver's CLI against this fixture's data directory (also usable while serve runs).
    ReceiverCliResult runCli(const QStringList &arguments) const;
    // `queue`: returns the command id, or an empty string (and the output in *error).
    QString queueCommand(const QString &agentId, const QString &action, qint64 deviceId, const QString &serial = {},
                         const QMap<QString, QString> &parameters = {}, int expiresInHours = 24,
                         QString *error = nullptr) const;
    // `list WHAT --json` (agents, payloads, commands, results, requests); empty on failure.
    QJsonArray list(const QString &what, QString *error = nullptr) const;
    // `set-settings`: returns the new revision, or -1.
    int setSettings(const QString &agentId, const QJsonObject &settings, QString *error = nullptr) const;

    // Runs a SELECT on receiver.db through a read-only connection; each row as column -> value.
    QList<QVariantMap> query(const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const;
    // COUNT(*) of a table, -1 on error.
    qint64 count(const QString &table) const;

private:
    bool launch();
    QStringList serveArguments() const;

    std::unique_ptr<QTemporaryDir> m_run;
    QString m_dataDir;
    QString m_logPath;
    ReceiverOptions m_options;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace fleet::test
