#include "PermissionGate.h"

#include "security/Session.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace fleet::ui {

PermissionGate::PermissionGate(security::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &security::Session::changed, this, qOverload<>(&PermissionGate::apply));
}

void PermissionGate::bind(QAction *action, security::Permission permission)
{
    if (!action || m_entries.contains(action))
        return;
    Entry &entry = m_entries[action] = {action, permission, action->isEnabled()};
    connect(action, &QAction::changed, this, [this, action] { onOwnerChanged(action, action->isEnabled()); });
    connect(action, &QObject::destroyed, this, [this, action] { m_entries.remove(action); });
    apply(entry);
}

void PermissionGate::bind(QWidget *widget, security::Permission permission)
{
    if (!widget || m_entries.contains(widget))
        return;
    // WA_ForceDisabled is the widget's own setEnabled(false), whatever its parents are.
    Entry &entry = m_entries[widget] = {widget, permission, !widget->testAttribute(Qt::WA_ForceDisabled)};
    widget->installEventFilter(this);
    connect(widget, &QObject::destroyed, this, [this, widget] { m_entries.remove(widget); });
    apply(entry);
}

void PermissionGate::bindNamed(QObject *root, const QHash<QString, security::Permission> &rules)
{
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (const auto it = rules.constFind(action->objectName()); it != rules.cend())
            bind(action, *it);
    }
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (const auto it = rules.constFind(widget->objectName()); it != rules.cend())
            bind(widget, *it);
    }
}

bool PermissionGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange) {
        if (auto *widget = qobject_cast<QWidget *>(watched))
            onOwnerChanged(widget, !widget->testAttribute(Qt::WA_ForceDisabled));
    }
    return QObject::eventFilter(watched, event);
}

void PermissionGate::onOwnerChanged(QObject *object, bool enabledNow)
{
    if (m_applying)
        return;
    auto it = m_entries.find(object);
    if (it == m_entries.end())
        return;
    if (m_session->allows(it->permission)) {
        it->wanted = enabledNow;
        return;
    }
    // Denied: remember what the owner asked for and keep it off.
    if (enabledNow) {
        it->wanted = true;
        apply(*it);
    }
}

void PermissionGate::apply()
{
    for (Entry &entry : m_entries)
        apply(entry);
}

void PermissionGate::apply(Entry &entry)
{
    if (!entry.object)
        return;
    m_applying = true;
    setEnabled(entry.object, entry.wanted && m_session->allows(entry.permission));
    m_applying = false;
}

void PermissionGate::setEnabled(QObject *object, bool enabled)
{
    if (auto *action = qobject_cast<QAction *>(object))
        action->setEnabled(enabled);
    else if (auto *widget = qobject_cast<QWidget *>(object))
        widget->setEnabled(enabled);
}

} // namespace fleet::ui
