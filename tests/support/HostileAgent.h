#pragma once
// Test fixture: tests/support/hostile_agent.py, a small real SNMPv1/v2c agent that misbehaves on
// purpose (non-increasing walks, wrong types, huge and broken strings, silence, garbage, loops,
// tooBig, wrong request-ids, slowness). Started on 127.0.0.1 with a free UDP port, stopped by PID.
// The community of a request selects the behaviour: "loop", "slow", ... and "healthy" for the
// reference printer the others are variations of (the list is at the top of the script).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fleet::test {

struct HostileAgentOptions
{
    QStringList behaviours; // empty: all of them
    int stopAfter = 2;      // stopsmidwalk: requests answered per client socket before going silent
    int delayMs = 1000;     // slow: delay of every answer
};

class HostileAgent
{
public:
    HostileAgent();
    ~HostileAgent();
    Q_DISABLE_COPY_MOVE(HostileAgent)

    // Starts the agent and waits (with a deadline) until it listens. On failure returns false and
    // error() says why, with the agent's own output.
    bool start(const HostileAgentOptions &options = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1"); }
    QString endpoint() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    // The tail of the agent's log: one line per request it received and what it did with it.
    QString output() const;

private:
    bool startOnce(const HostileAgentOptions &options, quint16 port, bool *portTaken);

    std::unique_ptr<QTemporaryDir> m_run;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace fleet::test
