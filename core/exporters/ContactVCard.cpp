#include "ContactVCard.h"

#include <QDateTime>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace rapport::exporters {

namespace {

using Params = VCardLineWriter::Params;

enum class ValueKind { Email, Phone, Url };

/// The label's words as TYPE values, when every word is a standard type a reader turns back into
/// the same label (lower case; "mobile" travels as "cell"). Empty when the label needs X-ABLabel.
QStringList typesForLabel(const QString& label, ValueKind kind, VCardVersion version)
{
    static const QSet<QString> common = {QStringLiteral("home"), QStringLiteral("work")};
    static const QSet<QString> phone = {QStringLiteral("mobile"), QStringLiteral("fax"), QStringLiteral("pager"),
                                        QStringLiteral("video")};
    QStringList types;
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.join(QLatin1Char(' ')) != label) {
        return {}; // extra spaces would not survive
    }
    for (const QString& w : words) {
        const bool known = common.contains(w) || (kind == ValueKind::Phone && phone.contains(w)) ||
                           (kind == ValueKind::Phone && version == VCardVersion::V4 && w == QLatin1String("text"));
        if (!known || types.contains(w)) {
            return {};
        }
        types.append(w == QLatin1String("mobile") ? QStringLiteral("cell") : w);
    }
    return types;
}

QString typeCase(const QString& type, VCardVersion version)
{
    // RFC 6350 recommends lower case; 3.0 writers conventionally use upper case.
    return version == VCardVersion::V4 ? type : type.toUpper();
}

class CardWriter
{
public:
    CardWriter(const Contact& c, VCardVersion v) : m_c(c), m_v(v) {}
    QByteArray write();

private:
    void identity();
    void labeled(const QString& name, const QList<LabeledValue>& values, ValueKind kind);
    void web();
    void birthday();
    void rapportData();
    QString nextGroup() { return QStringLiteral("item%1").arg(++m_groups); }

    const Contact& m_c;
    VCardVersion m_v;
    VCardLineWriter m_w;
    int m_groups = 0;
};

QByteArray CardWriter::write()
{
    m_w.raw(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    m_w.raw(QStringLiteral("VERSION"), m_v == VCardVersion::V4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
    m_w.text(QStringLiteral("PRODID"), QStringLiteral("-//Rapport//Rapport " RAPPORT_VERSION "//EN"));
    if (m_v == VCardVersion::V4) {
        m_w.raw(QStringLiteral("KIND"), QStringLiteral("individual"));
    }
    identity();
    labeled(QStringLiteral("EMAIL"), m_c.emails, ValueKind::Email);
    labeled(QStringLiteral("TEL"), m_c.phones, ValueKind::Phone);
    if (!m_c.location.isEmpty()) {
        // Rapport keeps one free-text location ("Bratislava, Slovakia"); it goes whole into the
        // locality, which is where address books show a city.
        m_w.structured(QStringLiteral("ADR"),
                       {QString(), QString(), QString(), m_c.location, QString(), QString(), QString()});
    }
    web();
    birthday();
    if (!m_c.notes.isEmpty()) {
        m_w.text(QStringLiteral("NOTE"), m_c.notes);
    }
    if (!m_c.circles.isEmpty()) {
        m_w.list(QStringLiteral("CATEGORIES"), m_c.circles);
    }
    rapportData();
    const QDateTime rev = QDateTime::fromString(m_c.updatedAt, Qt::ISODate);
    if (rev.isValid()) {
        const QDateTime utc = rev.toUTC();
        m_w.raw(QStringLiteral("REV"), m_v == VCardVersion::V4
                                           ? utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                           : utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    }
    m_w.raw(QStringLiteral("END"), QStringLiteral("VCARD"));
    return m_w.take();
}

void CardWriter::identity()
{
    if (!m_c.uid.isEmpty()) {
        const QUuid uuid = QUuid::fromString(m_c.uid);
        if (uuid.isNull()) {
            m_w.text(QStringLiteral("UID"), m_c.uid);
        } else {
            m_w.raw(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces));
        }
    }
    const QString fn = m_c.displayName.isEmpty() ? m_c.name() : m_c.displayName;
    m_w.text(QStringLiteral("FN"), fn);
    // N is required in 3.0 and useful in 4.0: family;given;additional;prefix;suffix.
    m_w.structured(QStringLiteral("N"), {m_c.lastName, m_c.firstName, QString(), QString(), QString()});
    if (!m_c.company.isEmpty()) {
        m_w.structured(QStringLiteral("ORG"), {m_c.company});
    }
    if (!m_c.position.isEmpty()) {
        m_w.text(QStringLiteral("TITLE"), m_c.position);
    }
}

void CardWriter::labeled(const QString& name, const QList<LabeledValue>& values, ValueKind kind)
{
    bool first = true;
    for (const LabeledValue& lv : values) {
        const QString value = lv.value.trimmed();
        if (value.isEmpty()) {
            continue;
        }
        Params params;
        QStringList types;
        if (kind == ValueKind::Email && m_v == VCardVersion::V3) {
            types << QStringLiteral("INTERNET");
        }
        const QStringList standard = lv.label.isEmpty() ? QStringList() : typesForLabel(lv.label, kind, m_v);
        const bool custom = !lv.label.isEmpty() && standard.isEmpty();
        for (const QString& t : standard) {
            types << typeCase(t, m_v);
        }
        if (first && m_v == VCardVersion::V3) {
            types << QStringLiteral("pref");
        }
        if (!types.isEmpty()) {
            params.append({QStringLiteral("TYPE"), types.join(QLatin1Char(','))});
        }
        if (first && m_v == VCardVersion::V4) {
            params.append({QStringLiteral("PREF"), QStringLiteral("1")});
        }
        first = false;
        if (custom) {
            const QString group = nextGroup();
            m_w.text(name, value, params, group);
            m_w.text(QStringLiteral("X-ABLabel"), lv.label, {}, group);
        } else {
            m_w.text(name, value, params);
        }
    }
}

void CardWriter::web()
{
    auto uri = [](const QString& url) {
        // URI values are ASCII: a decoded LinkedIn slug ("jana-kováčová") is percent-encoded again.
        const QUrl u(url, QUrl::TolerantMode);
        return u.isValid() ? QString::fromLatin1(u.toEncoded()) : url;
    };
    if (!m_c.linkedinUrl.isEmpty()) {
        m_w.raw(QStringLiteral("URL"), uri(m_c.linkedinUrl),
                {{QStringLiteral("TYPE"), typeCase(QStringLiteral("linkedin"), m_v)}});
    }
    for (const LabeledValue& lv : m_c.urls) {
        if (lv.value.trimmed().isEmpty()) {
            continue;
        }
        const QStringList standard = lv.label.isEmpty() ? QStringList() : typesForLabel(lv.label, ValueKind::Url, m_v);
        if (!lv.label.isEmpty() && standard.isEmpty()) {
            const QString group = nextGroup();
            m_w.raw(QStringLiteral("URL"), uri(lv.value.trimmed()), {}, group);
            m_w.text(QStringLiteral("X-ABLabel"), lv.label, {}, group);
        } else if (!standard.isEmpty()) {
            m_w.raw(QStringLiteral("URL"), uri(lv.value.trimmed()),
                    {{QStringLiteral("TYPE"), typeCase(standard.join(QLatin1Char(',')), m_v)}});
        } else {
            m_w.raw(QStringLiteral("URL"), uri(lv.value.trimmed()));
        }
    }
}

void CardWriter::birthday()
{
    const QString& b = m_c.birthday;
    if (b.startsWith(QLatin1String("--"))) {
        const QDate d = QDate::fromString(QStringLiteral("2000") + b.mid(1), Qt::ISODate); // 2000: 29 Feb exists
        if (!d.isValid()) {
            return;
        }
        if (m_v == VCardVersion::V4) {
            m_w.raw(QStringLiteral("BDAY"), d.toString(QStringLiteral("--MMdd")));
        } else {
            // 1604 is a leap year far enough back that Apple uses it to mean "no year".
            m_w.raw(QStringLiteral("BDAY"), d.toString(QStringLiteral("1604-MM-dd")),
                    {{QStringLiteral("X-APPLE-OMIT-YEAR"), QStringLiteral("1604")}});
        }
        return;
    }
    const QDate d = QDate::fromString(b, Qt::ISODate);
    if (d.isValid()) {
        m_w.raw(QStringLiteral("BDAY"),
                m_v == VCardVersion::V4 ? d.toString(QStringLiteral("yyyyMMdd")) : d.toString(Qt::ISODate));
    }
}

void CardWriter::rapportData()
{
    if (m_c.connectedOn.isValid()) {
        if (m_v == VCardVersion::V4) {
            m_w.raw(QStringLiteral("X-CRM-LINKEDIN-CONNECTED-ON"), m_c.connectedOn.toString(QStringLiteral("yyyyMMdd")),
                    {{QStringLiteral("VALUE"), QStringLiteral("date")}});
        } else {
            m_w.raw(QStringLiteral("X-CRM-LINKEDIN-CONNECTED-ON"), m_c.connectedOn.toString(Qt::ISODate));
        }
    }
    auto textIfSet = [&](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            m_w.text(QString::fromLatin1(name), value);
        }
    };
    textIfSet("X-RAPPORT-HEADLINE", m_c.headline);
    textIfSet("X-RAPPORT-INDUSTRY", m_c.industry);
    textIfSet("X-RAPPORT-HOW-MET", m_c.howMet);
    if (m_c.championStage != ChampionStage::Connection) {
        m_w.raw(QStringLiteral("X-RAPPORT-CHAMPION-STAGE"), championStageKey(m_c.championStage));
    }
    if (m_c.cadenceIdealDays > 0) {
        m_w.raw(QStringLiteral("X-RAPPORT-CADENCE-IDEAL"), QString::number(m_c.cadenceIdealDays));
    }
    if (m_c.cadenceMaxDays > 0) {
        m_w.raw(QStringLiteral("X-RAPPORT-CADENCE-MAX"), QString::number(m_c.cadenceMaxDays));
    }
    if (!m_c.tags.isEmpty()) {
        m_w.list(QStringLiteral("X-RAPPORT-TAGS"), m_c.tags);
    }
}

} // namespace

QByteArray contactToVCard(const Contact& contact, VCardVersion version)
{
    return CardWriter(contact, version).write();
}

} // namespace rapport::exporters
