#pragma once
// Test helper: fleetkeeper-cli run to its end as a user or a script runs it. The built binary in a
// QProcess with its own profile directory, standard input closed (or fed the given bytes), the
// environment the test sets up, and a deadline scaled by FLEET_TEST_TIMEOUT_FACTOR; the exit code
// and both output streams come back for the checks and for the message of a failed one. Also
// fleet::cli::run() in the test's own process, as the binary's main() calls it.

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleet::test {

struct CliResult
{
    QStringList args;      // as given, without --profile
    int exitCode = -1;     // -1: it crashed, was killed, did not start or did not finish in time
    bool timedOut = false; // killed at the deadline
    QByteArray out;
    QByteArray err;

    // The command, its exit code and the start of both streams: the message of a failed check.
    QString describe() const;
    QString text() const { return QString::fromUtf8(out + err); }
    QJsonObject json() const; // stdout as one JSON object (empty when it is not one)
};

class CliRunner
{
public:
    // profile: passed as --profile before the arguments; empty: none.
    explicit CliRunner(QString profile = {});

    // Starts as the system's; the test adds, changes or removes variables.
    QProcessEnvironment &environment() { return m_environment; }
    // How long one run may take, before test::scaled(). Default 60 s.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Arguments placed after --profile DIR and before args on every run (e.g. --verbose).
    void setLeadingArguments(const QStringList &args) { m_leading = args; }

    static QString executable(); // binDir()/fleetkeeper-cli

    // The binary with args; input goes to its standard input, which is closed either way.
    CliResult run(const QStringList &args, const QByteArray &input = {}) const;
    // fleet::cli::run() in this process (it needs the test's QCoreApplication), with file
    // descriptors 1 and 2 pointed at temporary files while it runs. The environment, input and
    // timeout do not apply.
    CliResult runInProcess(const QStringList &args) const;

private:
    QStringList commandLine(const QStringList &args) const;

    QString m_profile;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QStringList m_leading;
    int m_timeoutMs = 60000;
};

} // namespace fleet::test
