#pragma once
// Tells when nobody has used the application for a while: an application-wide event filter
// restarts a timer on every key press, click, mouse move, wheel or touch, and idle() fires when it
// runs out. The timeout is injectable so tests wait milliseconds, not minutes.

#include <QObject>
#include <QTimer>

#include <chrono>

namespace fleet::ui {

class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;
    Q_DISABLE_COPY_MOVE(IdleWatcher)

    // Zero switches the watch off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isWatching() const { return m_timer.isActive(); }
    // Starts counting afresh (as after input); does nothing while the timeout is zero.
    void restart();
    // Stops counting until the next restart() (nobody to lock).
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace fleet::ui
