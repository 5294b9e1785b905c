#include "CredentialProfilesDialog.h"

#include "CredentialEditDialog.h"
#include "CredentialProfileModel.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

CredentialProfilesDialog::CredentialProfilesDialog(const ProfileRoot &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("credential-profiles"), this))
    , m_model(new models::CredentialProfileModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Credential profiles"));
    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setAccessibleName(tr("Credential profiles, in the order they are tried"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, &CredentialProfilesDialog::editProfile);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CredentialProfilesDialog::updateButtons);

    const std::pair<QPushButton *, const char *> names[] = {
        {m_add, "addButton"},       {m_edit, "editButton"}, {m_duplicate, "duplicateButton"},
        {m_remove, "removeButton"}, {m_up, "moveUpButton"}, {m_down, "moveDownButton"}};
    for (const auto &[button, name] : names) {
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
    }
    connect(m_add, &QPushButton::clicked, this, &CredentialProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &CredentialProfilesDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &CredentialProfilesDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &CredentialProfilesDialog::removeProfile);
    connect(m_up, &QPushButton::clicked, this, &CredentialProfilesDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &CredentialProfilesDialog::moveDown);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialProfilesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_remove, m_up, m_down})
        side->addWidget(b);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Discovery and polls try the profiles from top to bottom; the first that answers "
                               "is used. Secrets are kept in the profile's secrets file, not in the database."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 420);

    setBusy(true, tr("Loading the profiles…"));
    loadProfiles(*m_worker, m_profile.secretsPath(), this, [this](storage::Result<QList<snmp::Credential>> r) {
        if (!r) {
            // Saving over profiles that could not be read would delete them: stay read-only.
            setBusy(false, tr("The profiles could not be read: %1").arg(r.error().message));
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
        m_loaded = true;
        m_model->setProfiles(*r);
        m_view->resizeColumnsToContents();
        setBusy(false, r->isEmpty() ? tr("No profiles yet: add one.") : QString());
        selectRow(0);
        Q_EMIT loaded(int(r->size()));
    });
}

CredentialProfilesDialog::~CredentialProfilesDialog()
{
    // Ends the worker (after its running job) while this dialog is still whole.
    delete m_worker;
}

void CredentialProfilesDialog::loadProfiles(storage::DatabaseWorker &worker, const QString &secretsPath,
                                            QObject *context,
                                            std::function<void(storage::Result<QList<snmp::Credential>>)> done)
{
    worker.run<QList<snmp::Credential>>(
        [secretsPath](storage::Database &db) -> storage::Result<QList<snmp::Credential>> {
            storage::SecretStore secrets(secretsPath);
            if (auto error = secrets.load())
                return error;
            return storage::CredentialRepository(db, secrets).load();
        },
        context, std::move(done));
}

int CredentialProfilesDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CredentialProfilesDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        updateButtons();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
    updateButtons();
}

void CredentialProfilesDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    updateButtons();
}

void CredentialProfilesDialog::updateButtons()
{
    const int row = currentRow();
    const bool editable = m_loaded && !m_busy && !m_editorOpen;
    m_view->setEnabled(m_loaded && !m_busy);
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && row >= 0);
    m_duplicate->setEnabled(editable && row >= 0);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void CredentialProfilesDialog::addProfile()
{
    openEditor(-1);
}

void CredentialProfilesDialog::editProfile()
{
    if (currentRow() >= 0)
        openEditor(currentRow());
}

void CredentialProfilesDialog::openEditor(int row)
{
    if (m_editorOpen || !m_loaded || m_busy)
        return;
    snmp::Credential initial;
    if (row >= 0) {
        initial = m_model->profile(row);
    } else {
        initial.name = m_model->uniqueName(tr("Profile"));
        initial.community.clear(); // a new profile states its community; "public" is not assumed
    }
    QStringList others = m_model->names();
    if (row >= 0)
        others.removeAt(row);
    // Window-modal and not exec(): the event loop keeps running, and tests can drive the editor.
    m_editor = new CredentialEditDialog(initial, others, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, [this, row] {
        const snmp::Credential edited = m_editor->credential();
        selectRow(row >= 0 ? m_model->replace(row, edited) : m_model->append(edited));
        m_view->resizeColumnsToContents();
    });
    connect(m_editor, &QDialog::finished, this, [this] {
        m_editorOpen = false;
        updateButtons();
    });
    m_editorOpen = true;
    m_editor->open();
    updateButtons();
}

void CredentialProfilesDialog::duplicateProfile()
{
    if (currentRow() >= 0)
        selectRow(m_model->duplicate(currentRow()));
}

void CredentialProfilesDialog::removeProfile()
{
    // No confirmation: nothing is stored before Save, and Cancel brings the profile back.
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->remove(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void CredentialProfilesDialog::moveUp()
{
    if (currentRow() > 0)
        selectRow(m_model->moveUp(currentRow()));
}

void CredentialProfilesDialog::moveDown()
{
    if (currentRow() >= 0)
        selectRow(m_model->moveDown(currentRow()));
}

void CredentialProfilesDialog::save()
{
    if (!m_loaded || m_busy || m_editorOpen)
        return;
    const QList<snmp::Credential> profiles = m_model->profiles();
    setBusy(true, tr("Saving…"));
    const QString secretsPath = m_profile.secretsPath();
    const security::Actor actor = m_session ? m_session->actor() : security::Actor{};
    m_worker->exec(
        [secretsPath, profiles, actor](storage::Database &db) -> storage::StorageError {
            storage::SecretStore secrets(secretsPath);
            // Loaded first: the file also holds secrets that are not profiles', which must survive.
            if (auto error = secrets.load())
                return error;
            const auto e = storage::CredentialRepository(db, secrets).save(actor, profiles);
            return e ? storage::StorageError{storage::StorageErrorCode::InvalidArgument, e.message}
                     : storage::StorageError{};
        },
        this,
        [this, count = int(profiles.size())](const storage::StorageError &error) {
            if (error) {
                setBusy(false, tr("The profiles could not be saved: %1").arg(error.message));
                Q_EMIT saveFailed(error.message);
                return;
            }
            setBusy(false, tr("Saved."));
            Q_EMIT saved(count);
            accept();
        });
}

} // namespace fleet::ui
