#include "VCardCodec.h"

#include "util/ContentLines.h"

#include "importers/VCardProperty.h"
#include "reports/IcsWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::sync {

using importers::VCardProperty;

namespace {

// Rapport's own properties; a second Rapport reads them, other clients keep them.
const QString kHeadline = QStringLiteral("X-RAPPORT-HEADLINE");
const QString kIndustry = QStringLiteral("X-RAPPORT-INDUSTRY");
const QString kHowMet = QStringLiteral("X-RAPPORT-HOW-MET");
const QString kSource = QStringLiteral("X-RAPPORT-SOURCE");
const QString kConnectedOn = QStringLiteral("X-RAPPORT-CONNECTED-ON");
const QString kStage = QStringLiteral("X-RAPPORT-CHAMPION-STAGE");
const QString kCadenceIdeal = QStringLiteral("X-RAPPORT-CADENCE-IDEAL");
const QString kCadenceMax = QStringLiteral("X-RAPPORT-CADENCE-MAX");
const QString kArchived = QStringLiteral("X-RAPPORT-ARCHIVED");
const QString kCircles = QStringLiteral("X-RAPPORT-CIRCLES");
const QString kScore = QStringLiteral("X-RAPPORT-SCORE");
const QString kTier = QStringLiteral("X-RAPPORT-TIER");
const QString kScoredAt = QStringLiteral("X-RAPPORT-SCORED-AT");
const QString kSocial = QStringLiteral("X-SOCIALPROFILE");

/// Builds one card line by line.
class Writer
{
public:
    void prop(const QString& name, const QString& value, const QString& type = QString())
    {
        QString l = name;
        if (!type.isEmpty()) {
            l += QStringLiteral(";TYPE=") + VCardCodec::paramValue(type);
        }
        raw((l + QLatin1Char(':') + value).toUtf8());
    }
    void text(const QString& name, const QString& value, const QString& type = QString())
    {
        if (!value.isEmpty()) {
            prop(name, VCardCodec::escapeText(value), type);
        }
    }
    void raw(const QByteArray& line) { m_data += VCardCodec::foldLine(line); }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

QString joinList(const QStringList& values)
{
    QStringList escaped;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty()) {
            escaped << VCardCodec::escapeText(v.trimmed());
        }
    }
    return escaped.join(QLatin1Char(','));
}

QString birthdayValue(const QString& birthday, VCardVersion v)
{
    const QDate full = QDate::fromString(birthday, Qt::ISODate);
    if (full.isValid()) {
        return full.toString(v == VCardVersion::V4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd"));
    }
    static const QRegularExpression noYear(QStringLiteral("^--(\\d\\d)-?(\\d\\d)$"));
    const auto m = noYear.match(birthday);
    if (m.hasMatch()) {
        return v == VCardVersion::V4 ? QStringLiteral("--%1%2").arg(m.captured(1), m.captured(2))
                                     : QStringLiteral("--%1-%2").arg(m.captured(1), m.captured(2));
    }
    return VCardCodec::escapeText(birthday);
}

QString birthdayFromValue(const QString& value)
{
    const QString v = value.trimmed();
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d\\d)-?(\\d\\d)"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d\\d)-?(\\d\\d)$"));
    if (const auto m = full.match(v); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) {
            return d.toString(Qt::ISODate);
        }
    }
    if (const auto m = noYear.match(v); m.hasMatch()) {
        return QStringLiteral("--%1-%2").arg(m.captured(1), m.captured(2));
    }
    return v;
}

QDateTime revisionFromValue(const QString& value)
{
    const QString v = value.trimmed();
    for (const QString& format : {QStringLiteral("yyyyMMdd'T'HHmmss'Z'"), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")}) {
        QDateTime dt = QDateTime::fromString(v, format);
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    const QDateTime iso = QDateTime::fromString(v, Qt::ISODateWithMs);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

/// TYPE values that say nothing a person would call a label.
QString labelFrom(const VCardProperty& p)
{
    QStringList kept;
    for (const QString& t : p.types()) {
        const QString lower = t.toLower();
        if (t.isEmpty() || lower == QLatin1String("internet") || lower == QLatin1String("pref") ||
            lower == QLatin1String("x400")) {
            continue;
        }
        kept << t;
    }
    return kept.join(QLatin1Char(','));
}

QList<QByteArray> cardLines(const QByteArray& data, bool* complete)
{
    QList<QByteArray> lines;
    bool inside = false;
    *complete = false;
    for (const auto& l : importers::unfoldVCardLines(data)) {
        const QByteArray upper = l.text.trimmed().toUpper();
        if (!inside) {
            inside = upper == "BEGIN:VCARD";
            continue;
        }
        if (upper == "END:VCARD") {
            *complete = true;
            break;
        }
        lines << l.text;
    }
    return lines;
}

} // namespace

QString VCardCodec::escapeText(const QString& text)
{
    // RFC 6350 §3.4 = RFC 5545 §3.3.11: the one shared implementation.
    return contentlines::escapeText(text);
}

QString VCardCodec::paramValue(const QString& value)
{
    QString v;
    for (const QChar c : value) {
        if (c == QLatin1Char('^')) {
            v += QLatin1String("^^");
        } else if (c == QLatin1Char('"')) {
            v += QLatin1String("^'");
        } else if (c == QLatin1Char('\n')) {
            v += QLatin1String("^n");
        } else if (c != QLatin1Char('\r')) {
            v += c;
        }
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char(';')) || v.contains(QLatin1Char(':')) ||
        v.contains(QLatin1Char(' '))) {
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray VCardCodec::foldLine(const QByteArray& line)
{
    // Same rule as iCalendar (RFC 6350 3.2 = RFC 5545 3.1): the one shared implementation.
    return contentlines::foldLine(line);
}

QByteArray VCardCodec::encode(const Contact& c, const CardExtras& extras, VCardVersion version,
                              const QList<QByteArray>& unknownLines)
{
    Writer w;
    w.raw("BEGIN:VCARD");
    w.raw(version == VCardVersion::V4 ? "VERSION:4.0" : "VERSION:3.0");
    w.raw("PRODID:-//Rapport//Sync//EN");
    w.prop(QStringLiteral("UID"), escapeText(c.uid));
    Contact named = c;
    named.deriveDisplayName();
    w.prop(QStringLiteral("FN"), escapeText(named.displayName));
    w.prop(QStringLiteral("N"),
           escapeText(c.lastName) + QLatin1Char(';') + escapeText(c.firstName) + QStringLiteral(";;;"));
    w.text(QStringLiteral("ORG"), c.company);
    w.text(QStringLiteral("TITLE"), c.position);
    if (!c.location.isEmpty()) {
        // The whole free-text location is the locality, so it reads back exactly.
        w.prop(QStringLiteral("ADR"), QStringLiteral(";;;%1;;;").arg(escapeText(c.location)), QStringLiteral("work"));
    }
    for (const auto& e : c.emails) {
        w.text(QStringLiteral("EMAIL"), e.value.trimmed(), e.label);
    }
    for (const auto& p : c.phones) {
        w.text(QStringLiteral("TEL"), p.value.trimmed(), p.label);
    }
    for (const auto& u : c.urls) {
        if (!u.value.trimmed().isEmpty()) {
            w.prop(QStringLiteral("URL"), u.value.trimmed(), u.label);
        }
    }
    if (!c.linkedinUrl.isEmpty()) {
        w.prop(kSocial, c.linkedinUrl, QStringLiteral("linkedin"));
    }
    if (!c.birthday.isEmpty()) {
        w.prop(QStringLiteral("BDAY"), birthdayValue(c.birthday, version));
    }
    w.text(QStringLiteral("NOTE"), c.notes);
    if (const QString tags = joinList(c.tags); !tags.isEmpty()) {
        w.prop(QStringLiteral("CATEGORIES"), tags);
    }
    w.text(kHeadline, c.headline);
    w.text(kIndustry, c.industry);
    w.text(kHowMet, c.howMet);
    w.text(kSource, c.source);
    if (c.connectedOn.isValid()) {
        w.prop(kConnectedOn, c.connectedOn.toString(Qt::ISODate));
    }
    if (c.championStage != ChampionStage::Connection) {
        w.prop(kStage, championStageKey(c.championStage));
    }
    if (c.cadenceIdealDays > 0) {
        w.prop(kCadenceIdeal, QString::number(c.cadenceIdealDays));
    }
    if (c.cadenceMaxDays > 0) {
        w.prop(kCadenceMax, QString::number(c.cadenceMaxDays));
    }
    if (c.archived) {
        w.prop(kArchived, QStringLiteral("1"));
    }
    if (const QString circles = joinList(c.circles); !circles.isEmpty()) {
        w.prop(kCircles, circles);
    }
    if (extras.hasScore) {
        w.prop(kScore, QString::number(extras.score, 'f', 2));
        w.text(kTier, extras.tier);
        w.text(kScoredAt, extras.scoredAt);
    }
    for (const QByteArray& line : unknownLines) {
        w.raw(line);
    }
    const QDateTime rev = QDateTime::fromString(c.updatedAt, Qt::ISODate);
    if (rev.isValid()) {
        w.prop(QStringLiteral("REV"), rev.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    w.raw("END:VCARD");
    return w.data();
}

Result<DecodedCard> VCardCodec::decode(const QByteArray& data)
{
    bool complete = false;
    const QList<QByteArray> lines = cardLines(data, &complete);
    if (!complete) {
        return Result<DecodedCard>::fail(
            QCoreApplication::translate("Sync", "The server sent something that is not a vCard."));
    }
    DecodedCard out;
    Contact& c = out.contact;
    c.source = QString(); // only what the card says
    bool haveOrg = false, haveTitle = false, haveAdr = false, haveLinkedIn = false, haveN = false;
    for (const QByteArray& line : lines) {
        VCardProperty p;
        if (!importers::parseVCardLine(line, true, p)) {
            out.unknownLines << line;
            continue;
        }
        const QString& n = p.name;
        bool used = true;
        if (n == QLatin1String("VERSION")) {
            out.version = p.value.trimmed() == QLatin1String("4.0") ? VCardVersion::V4 : VCardVersion::V3;
        } else if (n == QLatin1String("PRODID")) {
            // rewritten on every save
        } else if (n == QLatin1String("UID")) {
            c.uid = p.text().trimmed();
        } else if (n == QLatin1String("FN")) {
            c.displayName = p.text();
        } else if (n == QLatin1String("N") && !haveN) {
            const QStringList parts = p.components();
            c.lastName = parts.value(0);
            c.firstName = parts.value(1);
            haveN = true;
        } else if (n == QLatin1String("ORG") && !haveOrg) {
            c.company = p.components().value(0);
            haveOrg = true;
        } else if (n == QLatin1String("TITLE") && !haveTitle) {
            c.position = p.text();
            haveTitle = true;
        } else if (n == QLatin1String("ADR") && !haveAdr) {
            QStringList parts = p.components();
            parts.removeAll(QString());
            c.location = parts.join(QStringLiteral(", "));
            haveAdr = true;
        } else if (n == QLatin1String("EMAIL")) {
            c.emails.append({labelFrom(p), p.text().trimmed()});
        } else if (n == QLatin1String("TEL")) {
            c.phones.append({labelFrom(p), p.text().trimmed()});
        } else if (n == QLatin1String("URL")) {
            c.urls.append({labelFrom(p), p.value.trimmed()});
        } else if (n == kSocial && !haveLinkedIn &&
                   p.types().contains(QStringLiteral("linkedin"), Qt::CaseInsensitive)) {
            c.linkedinUrl = p.value.trimmed();
            haveLinkedIn = true;
        } else if (n == QLatin1String("BDAY")) {
            c.birthday = birthdayFromValue(p.text());
        } else if (n == QLatin1String("NOTE")) {
            c.notes = p.text();
        } else if (n == QLatin1String("CATEGORIES")) {
            c.tags << p.list();
        } else if (n == QLatin1String("REV")) {
            out.revision = revisionFromValue(p.text());
        } else if (n == kHeadline) {
            c.headline = p.text();
        } else if (n == kIndustry) {
            c.industry = p.text();
        } else if (n == kHowMet) {
            c.howMet = p.text();
        } else if (n == kSource) {
            c.source = p.text();
        } else if (n == kConnectedOn) {
            c.connectedOn = QDate::fromString(p.text().trimmed(), Qt::ISODate);
        } else if (n == kStage) {
            c.championStage = championStageFromKey(p.text().trimmed());
        } else if (n == kCadenceIdeal) {
            c.cadenceIdealDays = qMax(0, p.text().trimmed().toInt());
        } else if (n == kCadenceMax) {
            c.cadenceMaxDays = qMax(0, p.text().trimmed().toInt());
        } else if (n == kArchived) {
            c.archived = p.text().trimmed() == QLatin1String("1");
        } else if (n == kCircles) {
            c.circles << p.list();
        } else if (n == kScore) {
            bool ok = false;
            out.extras.score = p.text().trimmed().toDouble(&ok);
            out.extras.hasScore = ok;
        } else if (n == kTier) {
            out.extras.tier = p.text();
        } else if (n == kScoredAt) {
            out.extras.scoredAt = p.text();
        } else {
            used = false;
        }
        if (!used) {
            out.unknownLines << line;
        }
    }
    c.tags.removeAll(QString());
    c.circles.removeAll(QString());
    if (c.source.isEmpty()) {
        c.source = QStringLiteral("carddav");
    }
    if (c.displayName.trimmed().isEmpty()) {
        c.deriveDisplayName();
    }
    return Result<DecodedCard>::ok(std::move(out));
}

} // namespace rapport::sync
