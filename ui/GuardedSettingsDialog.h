#pragma once
// The frame shared by the dialogs that edit a setting the core guards (the SMTP server, the alert
// thresholds, the action policy): who saves, whether a read or a save is running on the dialog's
// worker, whether the stored values are shown, and the signals callers and tests wait for. The
// dialog itself reads, shows and saves; the core checks the acting person and audits the change.

#include "security/Permissions.h"

#include <QDialog>

#include <optional>

namespace fleet::ui {

class GuardedSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;

    // Who saves. Unset: the person signed in to the session the parent window owns (at the moment
    // of saving, so a sign-out since opening counts), else an anonymous Customer, whom the core refuses.
    void setActor(const security::Actor &actor) { m_actor = actor; }
    bool isBusy() const { return m_busy; }
    // The stored values were read and are shown (loaded() has been emitted).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

protected:
    security::Actor actingUser() const;
    void setBusy(bool busy);
    // The stored values are in the form: isLoaded() from now on, then loaded().
    void markLoaded();
    // Enables what may be used now, from isBusy() and isLoaded().
    virtual void updateControls() = 0;

private:
    std::optional<security::Actor> m_actor;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace fleet::ui
