#include "ConsentView.h"

#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
QString actionPhrase(actions::ActionKind kind)
{
    switch (kind) {
    case actions::ActionKind::Reboot:
        return ConsentView::tr("reboot");
    case actions::ActionKind::TestPage:
        return ConsentView::tr("print a test page on");
    case actions::ActionKind::Troubleshoot:
        return ConsentView::tr("troubleshoot");
    case actions::ActionKind::Status:
    case actions::ActionKind::Firmware:
    case actions::ActionKind::WebPage:
    case actions::ActionKind::Manage:
    case actions::ActionKind::Unmanage:
        break;
    }
    return ConsentView::tr("run \"%1\" on").arg(actions::actionTitle(kind));
}
} // namespace

QString ConsentView::requestText(const sync::Consent &consent)
{
    return tr("The service provider asks to %1 %2 — open to approve.")
        .arg(actionPhrase(consent.kind), consent.deviceLabel);
}

ConsentView::ConsentView(const ProfileRoot &profile, security::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_session(session)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("consents"), this))
    , m_table(new QTableWidget(0, 4, this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_deny(new QPushButton(tr("&Deny"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("consentView"));
    setWindowTitle(tr("Remote requests"));
    auto *intro = new QLabel(tr("The service provider asked for these device actions. Nothing runs until you "
                                "approve; a request nobody decides on expires."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("consentTable"));
    m_table->setAccessibleName(tr("Requests waiting for consent"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Device"), tr("Received"), tr("Expires")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_reason->setObjectName(QStringLiteral("consentReason"));
    m_reason->setAccessibleName(tr("Reason for denying"));
    m_reason->setPlaceholderText(tr("Reason told to the service provider (optional)"));
    m_approve->setObjectName(QStringLiteral("consentApprove"));
    m_deny->setObjectName(QStringLiteral("consentDeny"));
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("consentRefresh"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("consentClose"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_deny);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsentView::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ConsentView::approveCurrent);
    connect(m_deny, &QPushButton::clicked, this, &ConsentView::denyCurrent);
    connect(refreshButton, &QPushButton::clicked, this, &ConsentView::refresh);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session)
        connect(m_session, &security::Session::changed, this, &ConsentView::updateButtons);
    resize(720, 360);
    updateButtons();
    refresh();
}

ConsentView::~ConsentView() = default;

void ConsentView::refresh()
{
    m_worker->run<QList<sync::Consent>>(
        [](storage::Database &db) -> storage::Result<QList<sync::Consent>> {
            sync::ConsentStore store(db);
            // Overdue requests are reported as expired rather than offered.
            if (auto expired = store.expireDue(); !expired)
                return expired.error();
            return store.list(sync::ConsentState::Pending);
        },
        this,
        [this](storage::Result<QList<sync::Consent>> result) {
            if (!result) {
                m_status->setText(result.error().message);
                Q_EMIT refreshed();
                return;
            }
            display(*result);
            Q_EMIT refreshed();
        });
}

void ConsentView::display(const QList<sync::Consent> &consents)
{
    const std::optional<sync::Consent> selected = current();
    m_consents = consents;
    m_table->setRowCount(int(consents.size()));
    int keep = consents.isEmpty() ? -1 : 0;
    for (int row = 0; row < consents.size(); ++row) {
        const sync::Consent &c = consents.at(row);
        const QStringList cells{actions::actionTitle(c.kind), c.deviceLabel,
                                QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                QLocale().toString(c.expiresAt.toLocalTime(), QLocale::ShortFormat)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        if (selected && selected->id == c.id)
            keep = row;
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0)
        m_table->selectRow(keep);
    if (consents.isEmpty())
        m_status->setText(tr("No remote request is waiting for a decision."));
    updateButtons();
}

std::optional<sync::Consent> ConsentView::current() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_consents.size())
        return std::nullopt;
    return m_consents.at(rows.first().row());
}

void ConsentView::updateButtons()
{
    const auto c = current();
    const bool allowed = !m_busy && c && m_session && m_session->allows(sync::consentPermission(c->kind));
    m_approve->setEnabled(allowed);
    m_deny->setEnabled(allowed);
    m_reason->setEnabled(allowed);
    if (c && m_session && !m_session->allows(sync::consentPermission(c->kind)))
        m_approve->setToolTip(
            tr("Your role may not %1.").arg(security::permissionVerb(sync::consentPermission(c->kind))));
    else
        m_approve->setToolTip({});
}

void ConsentView::approveCurrent()
{
    decide(true);
}

void ConsentView::denyCurrent()
{
    decide(false);
}

void ConsentView::decide(bool approve)
{
    const auto c = current();
    if (!c || m_busy)
        return;
    const security::Actor actor = m_session ? m_session->actor() : security::Actor{};
    const qint64 id = c->id;
    const QString reason = m_reason->text().trimmed();
    m_busy = true;
    updateButtons();
    m_worker->run<QString>(
        [id, actor, approve, reason](storage::Database &db) -> storage::Result<QString> {
            sync::ConsentStore store(db);
            auto decided = approve ? store.approve(id, actor) : store.deny(id, actor, reason);
            return decided ? QString() : decided.error().message;
        },
        this,
        [this, id, approve](storage::Result<QString> result) {
            m_busy = false;
            const QString problem = result ? *result : result.error().message;
            if (problem.isEmpty()) {
                m_status->setText(approve ? tr("Approved: the request runs now and the result goes to the server.")
                                          : tr("Denied: the service provider is told."));
                m_reason->clear();
                Q_EMIT decided(id, approve);
            } else {
                m_status->setText(problem);
                Q_EMIT failed(problem);
            }
            refresh();
        });
}

} // namespace fleet::ui
