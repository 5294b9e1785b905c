#pragma once
// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the thread that owns the watcher. A signal
// handler may do almost nothing safely, so it only writes the signal number into a pipe; a
// QSocketNotifier on the other end reads it in the event loop, where stopping services is allowed.
// One watcher per process: the handlers are process-wide.

#include <QObject>

class QSocketNotifier;

namespace fleet::daemon {

class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    // Restores the default handlers and closes the pipe.
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    // Installs the handlers; false with errorString() when the pipe or a handler could not be set up.
    bool install();
    QString errorString() const { return m_error; }

    static QString signalName(int signal);

Q_SIGNALS:
    void terminationRequested(int signal); // SIGTERM or SIGINT
    void reloadRequested();                // SIGHUP

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
    bool m_installed = false;
};

} // namespace fleet::daemon
