#pragma once
// Binds actions and widgets to the permission they need: whenever the session changes they are
// disabled when the signed-in role may not use them (or while the window is locked or signed out)
// and given back the state their own code wants when it may. Code that enables a gated action
// itself (a poll finished, a row was selected) is overruled while the permission is missing, so
// the two never fight over the same flag.

#include "security/Permissions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class PermissionGate final : public QObject
{
    Q_OBJECT
public:
    explicit PermissionGate(security::Session *session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PermissionGate)

    void bind(QAction *action, security::Permission permission);
    void bind(QWidget *widget, security::Permission permission);
    // Binds every action and widget under root whose objectName is a key of rules; objects bound
    // before are left alone, so calling it again picks up what was created since.
    void bindNamed(QObject *root, const QHash<QString, security::Permission> &rules);
    bool isBound(const QObject *object) const { return m_entries.contains(object); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QObject> object;
        security::Permission permission;
        bool wanted = true; // the enabled state the object's own code asked for
    };

    void apply();
    void apply(Entry &entry);
    void onOwnerChanged(QObject *object, bool enabledNow);
    static void setEnabled(QObject *object, bool enabled);

    security::Session *m_session;
    QHash<const QObject *, Entry> m_entries;
    bool m_applying = false;
};

} // namespace fleet::ui
