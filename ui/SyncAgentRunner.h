#pragma once
// Runs remote-services work for the desktop app off the GUI thread: registration (with the
// settings and secrets it needs written first), a sync run when no SyncService is attached, and
// the payload preview. Each operation gets a fresh sync::SyncAgent on the runner's own thread
// (so it reads the settings and secrets as they are now, like one CLI run), and its outcome is
// delivered on the context object's thread, unless the context is gone by then.

#include "sync/SyncAgent.h"
#include "sync/SyncSettings.h"
#include "util/Expected.h"
#include "util/ProfileRoot.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

namespace fleet::ui {

class SyncAgentRunner final : public QObject
{
    Q_OBJECT
public:
    explicit SyncAgentRunner(ProfileRoot profile, QObject *parent = nullptr);
    ~SyncAgentRunner() override; // abandons a running request and waits for the thread
    Q_DISABLE_COPY_MOVE(SyncAgentRunner)

    using RegisterDone = std::function<void(const sync::SyncError &, const sync::RegistrationResult &)>;
    using Edit = std::function<void(sync::SyncSettings &)>;

    // Reads the saved settings (ini group "sync").
    void loadSettings(QObject *context, std::function<void(const sync::SyncSettings &)> done);
    // Applies edit to the saved settings and saves them, stores the two local secrets in the
    // secrets file as the CLI does (nullopt keeps the stored value, an empty one removes it), then
    // registers with the server, all on behalf of actor (register-server: a refusal changes nothing
    // and comes back as NotAllowed).
    void registerAgent(const security::Actor &actor, Edit edit, std::optional<QString> clientKeyPassphrase,
                       std::optional<QString> proxyPassword, const sync::RegistrationRequest &request, QObject *context,
                       RegisterDone done);
    // Delivers queued payloads, then builds and sends a new one (`sync --now`).
    void sync(QObject *context, std::function<void(const sync::SyncReport &)> done);
    // The payload XML exactly as the next upload would carry it (`export-payload [--lockdown]`),
    // for actor (view-payload; audited).
    void buildPayloadXml(const security::Actor &actor, bool lockedDown, QObject *context,
                         std::function<void(const Expected<QByteArray> &)> done);

private:
    // Runs task on the runner's thread.
    void post(std::function<void()> task);
    template <typename F> static void deliver(const QPointer<QObject> &context, F call)
    {
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [context, call = std::move(call)]() mutable {
                if (context)
                    call();
            },
            Qt::QueuedConnection);
    }

    ProfileRoot m_profile;
    QThread m_thread;
    QObject *m_home; // lives on m_thread; parent of the agents while they work
};

} // namespace fleet::ui
