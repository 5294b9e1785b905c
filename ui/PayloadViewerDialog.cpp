#include "PayloadViewerDialog.h"

#include "storage/DatabaseWorker.h"
#include "storage/SecretStore.h"
#include "sync/Outbox.h"
#include "sync/PayloadView.h"
#include "sync/SyncSettings.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

PayloadViewerDialog::PayloadViewerDialog(const ProfileRoot &profile, qint64 outboxId, const security::Actor &actor,
                                         QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_actor(actor)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("payload-viewer"), this))
    , m_status(new QLabel(tr("Decrypting payload %1…").arg(outboxId), this))
    , m_text(new QPlainTextEdit(this))
    , m_find(new QLineEdit(this))
    , m_next(new QPushButton(tr("Find &next"), this))
    , m_previous(new QPushButton(tr("Find &previous"), this))
{
    setObjectName(QStringLiteral("payloadViewer"));
    setWindowTitle(tr("Payload %1").arg(outboxId));
    resize(900, 640);
    m_status->setObjectName(QStringLiteral("payloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("payloadXml"));
    m_text->setAccessibleName(tr("Payload XML"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_find->setObjectName(QStringLiteral("payloadFind"));
    m_find->setPlaceholderText(tr("Find in payload"));
    m_find->setAccessibleName(tr("Find in payload"));
    m_find->setClearButtonEnabled(true);
    m_next->setObjectName(QStringLiteral("payloadFindNext"));
    m_previous->setObjectName(QStringLiteral("payloadFindPrevious"));

    auto *findRow = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("payloadButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addLayout(findRow);
    layout->addWidget(buttons);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findNext(true); });
    load(outboxId);
}

QString PayloadViewerDialog::xml() const
{
    return m_text->toPlainText();
}

bool PayloadViewerDialog::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text, flags))
        return true;
    // Wrap around once, like most viewers.
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    const bool found = m_text->find(text, flags);
    m_status->setText(found ? tr("Search wrapped around.") : tr("“%1” is not in this payload.").arg(text));
    return found;
}

void PayloadViewerDialog::load(qint64 outboxId)
{
    const QString secretsPath = m_profile.secretsPath();
    m_worker->run<QByteArray>(
        [outboxId, secretsPath, actor = m_actor](storage::Database &db) -> storage::Result<QByteArray> {
            storage::SecretStore secrets(secretsPath);
            if (auto e = secrets.load())
                return e;
            auto xml = sync::decryptOutboxPayload(db, secrets, actor, outboxId);
            if (!xml)
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument, xml.error().message};
            return *xml;
        },
        this,
        [this, outboxId](storage::Result<QByteArray> result) {
            if (!result) {
                m_status->setText(result.error().message);
                Q_EMIT loaded(false);
                return;
            }
            m_text->setPlainText(QString::fromUtf8(*result));
            m_status->setText(tr("Payload %1, %2 of XML, decrypted with the stored payload key. This is what the "
                                 "server receives.")
                                  .arg(outboxId)
                                  .arg(QLocale().formattedDataSize(result->size())));
            Q_EMIT loaded(true);
        });
}

} // namespace fleet::ui
