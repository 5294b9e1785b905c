#include "sync/PayloadArchive.h"

#include <zip.h>

#include <memory>

namespace fleet::sync {

namespace {

constexpr int kMinPasswordLength = 16;

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

struct SourceReleaser
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using SourceHandle = std::unique_ptr<zip_source_t, SourceReleaser>;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using FileHandle = std::unique_ptr<zip_file_t, FileCloser>;

// Reads everything from a buffer source (after zip_close wrote the archive into it).
Expected<QByteArray> readSource(zip_source_t *source)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(source, &st) < 0 || !(st.valid & ZIP_STAT_SIZE))
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot size the written archive: %1").arg(zipErrorText(zip_source_error(source))));
    if (zip_source_open(source) < 0)
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot read the written archive: %1").arg(zipErrorText(zip_source_error(source))));
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(source, bytes.data(), st.size);
    zip_source_close(source);
    if (n < 0 || zip_uint64_t(n) != st.size)
        return Expected<QByteArray>::failure(QStringLiteral("short read of the written archive"));
    return bytes;
}

} // namespace

bool PayloadArchive::aesSupported()
{
    return zip_encryption_method_supported(ZIP_EM_AES_256, 1) && zip_encryption_method_supported(ZIP_EM_AES_256, 0);
}

Expected<QByteArray> PayloadArchive::pack(const QByteArray &xml, const QString &password)
{
    using E = Expected<QByteArray>;
    if (password.size() < kMinPasswordLength)
        return E::failure(QStringLiteral("the payload key is missing or shorter than %1 characters (register first)")
                              .arg(kMinPasswordLength));
    if (!aesSupported())
        return E::failure(
            QStringLiteral("this libzip has no AES-256 support; refusing to send the payload unencrypted"));

    zip_error_t error;
    zip_error_init(&error);
    SourceHandle target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target)
        return E::failure(QStringLiteral("cannot create the archive buffer: %1").arg(zipErrorText(&error)));
    ZipHandle archive(zip_open_from_source(target.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        return E::failure(QStringLiteral("cannot create the archive: %1").arg(why));
    }
    zip_source_keep(target.get()); // the archive took a reference; ours must outlive zip_close

    // libzip reads the data at zip_close(); xml outlives that call.
    zip_source_t *entry = zip_source_buffer(archive.get(), xml.constData(), zip_uint64_t(xml.size()), 0);
    if (!entry)
        return E::failure(
            QStringLiteral("cannot add the payload: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    const zip_int64_t index = zip_file_add(archive.get(), kEntryName.toUtf8().constData(), entry, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(entry);
        return E::failure(
            QStringLiteral("cannot add the payload: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    }
    const QByteArray key = password.toUtf8();
    if (zip_set_file_compression(archive.get(), zip_uint64_t(index), ZIP_CM_DEFLATE, 9) < 0 ||
        zip_file_set_encryption(archive.get(), zip_uint64_t(index), ZIP_EM_AES_256, key.constData()) < 0)
        return E::failure(
            QStringLiteral("cannot encrypt the payload: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    if (zip_close(archive.get()) < 0)
        return E::failure(
            QStringLiteral("cannot write the archive: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    (void)archive.release(); // zip_close freed it
    return readSource(target.get());
}

Expected<QByteArray> PayloadArchive::unpack(const QByteArray &zip, const QString &password, qint64 maxEntrySize)
{
    using E = Expected<QByteArray>;
    zip_error_t error;
    zip_error_init(&error);
    // The buffer source does not copy: zip must outlive the archive, which it does here.
    SourceHandle source(zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error));
    if (!source)
        return E::failure(QStringLiteral("cannot read the archive: %1").arg(zipErrorText(&error)));
    ZipHandle archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        return E::failure(QStringLiteral("not a valid zip archive: %1").arg(why));
    }
    zip_source_keep(source.get());

    if (zip_get_num_entries(archive.get(), 0) != 1)
        return E::failure(QStringLiteral("the archive must hold exactly one entry, it holds %1")
                              .arg(zip_get_num_entries(archive.get(), 0)));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), 0, 0, &st) < 0)
        return E::failure(
            QStringLiteral("cannot read the archive entry: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    if (!(st.valid & ZIP_STAT_NAME) || QString::fromUtf8(st.name) != kEntryName)
        return E::failure(QStringLiteral("the archive entry must be named %1").arg(kEntryName));
    if (!(st.valid & ZIP_STAT_ENCRYPTION_METHOD) || st.encryption_method != ZIP_EM_AES_256)
        return E::failure(QStringLiteral("the payload is not encrypted with AES-256"));
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > zip_uint64_t(maxEntrySize))
        return E::failure(QStringLiteral("the payload entry is larger than %1 bytes").arg(maxEntrySize));

    const QByteArray key = password.toUtf8();
    FileHandle file(zip_fopen_index_encrypted(archive.get(), 0, 0, key.constData()));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive.get()));
        if (code == ZIP_ER_WRONGPASSWD)
            return E::failure(QStringLiteral("wrong payload key"));
        return E::failure(
            QStringLiteral("cannot open the payload entry: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
    }
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + got, zip_uint64_t(bytes.size() - got));
        if (n < 0)
            return E::failure(QStringLiteral("the payload entry is damaged: %1")
                                  .arg(QString::fromUtf8(zip_file_strerror(file.get()))));
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    if (got != bytes.size())
        return E::failure(QStringLiteral("the payload entry is truncated"));
    char extra = 0; // a lying size field: more data than announced
    const zip_int64_t more = zip_fread(file.get(), &extra, 1);
    if (more > 0)
        return E::failure(QStringLiteral("the payload entry is longer than its recorded size"));
    if (more < 0) // the end-of-entry check (CRC or AES authentication code) failed
        return E::failure(QStringLiteral("the payload entry is damaged: %1")
                              .arg(QString::fromUtf8(zip_file_strerror(file.get()))));
    return bytes;
}

} // namespace fleet::sync
