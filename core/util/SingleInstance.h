#pragma once
// One running desktop app per profile directory. The first launch listens on a local socket whose
// name comes from the user and the profile directory (only this user may connect); a later launch
// with the same profile hands its arguments to the first one and exits, and the first one brings
// its window up. Two launches at the same moment are put in line by a lock file in the profile, so
// exactly one of them listens. A socket left behind by a crashed instance answers nobody: the
// launch that finds it so (holding the lock) removes it and takes over.

#include <QLocalServer>
#include <QObject>
#include <QStringList>

#include <memory>

namespace fleet {

class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    enum class Role : quint8 {
        Primary,   // this process listens: carry on and watch activationRequested()
        Secondary, // another process has the profile and got the arguments: exit with 0
        Failed,    // neither (see errorString()); the caller decides whether to run anyway
    };

    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Becomes the primary, or delivers arguments to the running one (which acknowledges them).
    // Blocks for at most about timeoutMs while another launch holds the lock or a primary answers.
    Role claim(const QStringList &arguments, int timeoutMs = 3000);
    bool isPrimary() const { return m_server != nullptr; }
    QString errorString() const { return m_error; }

    // The local socket name for a profile directory (the same for every spelling of the path).
    static QString serverNameFor(const QString &profileDir);
    QString serverName() const { return m_name; }
    // The socket file of the listening server (empty until primary).
    QString fullServerName() const;

Q_SIGNALS:
    // A later launch asked for the window; arguments as it was started with (without argv[0]).
    void activationRequested(const QStringList &arguments);

private:
    enum class Delivery : quint8 { Delivered, NoServer, Broken };
    Delivery deliver(const QStringList &arguments, int timeoutMs);
    bool listen();
    void onNewConnection();

    QString m_profileDir;
    QString m_name;
    QString m_error;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace fleet
