#include "DevicePropertiesModel.h"

#include <QJsonArray>
#include <QLocale>

namespace fleet::models {

struct DevicePropertiesModel::Node
{
    QString key;
    QString label;
    QString value;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(const QString &childKey, const QString &childLabel, const QString &childValue = {})
    {
        auto child = std::make_unique<Node>();
        child->key = childKey;
        child->label = childLabel;
        child->value = childValue;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

using Node = DevicePropertiesModel::Node;

struct Label
{
    const char16_t *key;
    const char *label;
};
// QT_TRANSLATE_NOOP written out on every row: lupdate does not expand macros of our own.
constexpr Label kLabels[] = {
    {u"general", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "General")},
    {u"color", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Colour")},
    {u"duplex", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Duplex")},
    {u"markingTechnology", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Marking technology")},
    {u"printSpeedPpm", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Print speed (pages per minute)")},
    {u"memoryKBytes", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Memory")},
    {u"diskKBytes", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Disk")},
    {u"diskUsedKBytes", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Disk used")},
    {u"installedComponents", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Installed components")},
    {u"inputs", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Input trays")},
    {u"outputs", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Output bins")},
    {u"covers", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Covers")},
    {u"interpreters", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Page description languages")},
    {u"mediaPaths", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Media paths")},
    {u"markers", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Markers")},
    {u"interfaces", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Network interfaces")},
    {u"ipAddresses", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "IP addresses")},
    {u"defaultGateway", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Default gateway")},
    {u"name", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Name")},
    {u"mediaName", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Media")},
    {u"type", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Type")},
    {u"maxCapacity", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Capacity")},
    {u"currentLevel", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Level")},
    {u"remainingCapacity", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Remaining capacity")},
    {u"description", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Description")},
    {u"status", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Status")},
    {u"language", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Language")},
    {u"version", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Version")},
    {u"hrDeviceIndex", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Device index")},
    {u"index", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Index")},
    {u"lifeCount", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Life count")},
    {u"powerOnCount", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Power-on count")},
    {u"unit", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Unit")},
    {u"technology", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Technology")},
    {u"lifeCountType", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Counter type")},
    {u"ifIndex", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Interface index")},
    {u"macAddress", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "MAC address")},
    {u"operStatus", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Operational status")},
    {u"netmask", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Subnet mask")},
    {u"address", QT_TRANSLATE_NOOP("fleet::models::DevicePropertiesModel", "Address")},
};

QString label(const QString &key)
{
    for (const Label &l : kLabels)
        if (key == QStringView(l.key))
            return DevicePropertiesModel::tr(l.label);
    return key;
}

// Printer-MIB capacities and levels use negative values for states, not amounts (RFC 3805).
QString levelText(qint64 v)
{
    switch (v) {
    case -1:
        return DevicePropertiesModel::tr("other");
    case -2:
        return DevicePropertiesModel::tr("unknown");
    case -3:
        return DevicePropertiesModel::tr("some remaining");
    default:
        return QLocale().toString(v);
    }
}

bool isLevelKey(const QString &key)
{
    return key == u"maxCapacity" || key == u"currentLevel" || key == u"remainingCapacity";
}

QString scalarText(const QString &key, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return DevicePropertiesModel::tr("not reported");
    case QJsonValue::Bool:
        return v.toBool() ? DevicePropertiesModel::tr("yes") : DevicePropertiesModel::tr("no");
    case QJsonValue::Double: {
        const auto n = qint64(v.toDouble());
        if (key.endsWith(u"KBytes"))
            return QLocale().formattedDataSize(n * 1024, 1);
        if (isLevelKey(key))
            return levelText(n);
        if (double(n) == v.toDouble())
            return QLocale().toString(n);
        return QLocale().toString(v.toDouble());
    }
    case QJsonValue::String:
        return v.toString().simplified();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

// A MIB enumeration as snapshotToJson writes it: {"value": n, "name": "..."}.
bool isEnum(const QJsonObject &o)
{
    return o.size() == 2 && o.contains(u"value") && o.contains(u"name");
}

QString enumText(const QJsonObject &o)
{
    const QString name = o.value(u"name").toString();
    const QString number = QString::number(qint64(o.value(u"value").toDouble()));
    return name.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(name, number);
}

// What an array element is called: its name, description or language, else its position.
QString itemTitle(const QJsonValue &v, int position)
{
    const QJsonObject o = v.toObject();
    for (const char16_t *k : {u"name", u"description", u"language", u"address"}) {
        const QString s = o.value(QStringView(k)).toString().simplified();
        if (!s.isEmpty())
            return s;
    }
    if (o.contains(u"index"))
        return DevicePropertiesModel::tr("#%1").arg(qint64(o.value(u"index").toDouble()));
    return DevicePropertiesModel::tr("#%1").arg(position + 1);
}

void addValue(Node *parent, const QString &key, const QString &title, const QJsonValue &v);

void addChildren(Node *node, const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            addValue(node, it.key(), label(it.key()), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            addValue(node, QString::number(i), itemTitle(a.at(i), i), a.at(i));
        if (a.isEmpty())
            node->value = DevicePropertiesModel::tr("none reported");
        else
            node->value = QLocale().toString(a.size());
    }
}

void addValue(Node *parent, const QString &key, const QString &title, const QJsonValue &v)
{
    if (v.isObject() && isEnum(v.toObject())) {
        parent->add(key, title, enumText(v.toObject()));
        return;
    }
    if (v.isArray() && !v.toArray().isEmpty() && !v.toArray().first().isObject()) {
        // A list of plain values (installed components): one row each.
        Node *node = parent->add(key, title, QLocale().toString(v.toArray().size()));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            node->add(QString::number(i), scalarText(key, a.at(i)));
        return;
    }
    if (v.isObject() || v.isArray()) {
        addChildren(parent->add(key, title), v);
        return;
    }
    parent->add(key, title, scalarText(key, v));
}

} // namespace

DevicePropertiesModel::DevicePropertiesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

DevicePropertiesModel::~DevicePropertiesModel() = default;

void DevicePropertiesModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void DevicePropertiesModel::setSnapshot(const QJsonObject &snapshot)
{
    auto root = std::make_unique<Node>();
    const QJsonObject properties = snapshot.value(u"properties").toObject();
    // Scalars first, under "General"; then each list in a fixed order; then anything newer.
    Node *general = root->add(QStringLiteral("general"), label(QStringLiteral("general")));
    static const QStringList kLists = {
        QStringLiteral("installedComponents"), QStringLiteral("inputs"), QStringLiteral("outputs"),
        QStringLiteral("mediaPaths"),          QStringLiteral("covers"), QStringLiteral("interpreters")};
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        if (!it.value().isArray() && !it.value().isObject())
            addValue(general, it.key(), label(it.key()), it.value());
    for (const QString &key : kLists)
        if (properties.contains(key))
            addValue(root.get(), key, label(key), properties.value(key));
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        if ((it.value().isArray() || it.value().isObject()) && !kLists.contains(it.key()))
            addValue(root.get(), it.key(), label(it.key()), it.value());

    const QJsonObject counters = snapshot.value(u"counters").toObject();
    if (counters.contains(u"markers"))
        addValue(root.get(), QStringLiteral("markers"), label(QStringLiteral("markers")), counters.value(u"markers"));
    const QJsonObject network = snapshot.value(u"network").toObject();
    for (const QString &key :
         {QStringLiteral("interfaces"), QStringLiteral("ipAddresses"), QStringLiteral("defaultGateway")})
        if (network.contains(key))
            addValue(root.get(), key, label(key), network.value(key));
    if (general->children.empty())
        general->value = tr("not reported");

    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

DevicePropertiesModel::Node *DevicePropertiesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DevicePropertiesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex DevicePropertiesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int DevicePropertiesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DevicePropertiesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DevicePropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    if (role == KeyRole)
        return n->key;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    return index.column() == Property ? n->label : n->value;
}

QVariant DevicePropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Property ? tr("Property") : section == Value ? tr("Value") : QVariant();
}

} // namespace fleet::models
