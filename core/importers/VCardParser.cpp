#include "VCardParser.h"

#include "Encoding.h"
#include "ImportDates.h"
#include "VCardProperty.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rapport::importers {

namespace {

struct Card
{
    qint64 line = 0;
    QList<VCardProperty> props;
};

bool isTrue(const QStringList& list, const char* value)
{
    for (const QString& v : list) {
        if (v.compare(QLatin1String(value), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString labelFrom(const VCardProperty& p, const QHash<QString, QString>& groupLabels)
{
    if (!p.group.isEmpty()) {
        QString label = groupLabels.value(p.group.toLower());
        if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_"))) {
            label = label.mid(4, label.size() - 8); // Apple's built-in labels: "_$!<Other>!$_"
        }
        if (!label.isEmpty()) {
            return label;
        }
    }
    static const QSet<QString> noise = {QStringLiteral("internet"), QStringLiteral("pref"), QStringLiteral("voice"),
                                        QStringLiteral("x400")};
    QStringList kept;
    for (const QString& t : p.types()) {
        if (!noise.contains(t.toLower())) {
            kept.append(t.toLower() == QLatin1String("cell") ? QStringLiteral("mobile") : t.toLower());
        }
    }
    return kept.join(QLatin1Char(' '));
}

/// Lower is more preferred: 4.0 PREF=1..100, 3.0/2.1 "pref" type; 1000 for none.
int preference(const VCardProperty& p)
{
    bool ok = false;
    const int pref = p.param(QStringLiteral("PREF")).toInt(&ok);
    if (ok) {
        return pref;
    }
    return isTrue(p.types(), "pref") ? 1 : 1000;
}

QString phoneValue(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        v = v.mid(4);
        const qsizetype ext = v.indexOf(QLatin1String(";ext="));
        if (ext >= 0) {
            v = v.left(ext) + QLatin1String(" ext. ") + v.mid(ext + 5);
        }
    }
    return v;
}

QDateTime parseRev(const QString& rev)
{
    QString r = rev.trimmed();
    // Basic format (4.0) "19951031T222710Z" to extended "1995-10-31T22:27:10Z".
    if (r.size() >= 15 && r.at(8) == QLatin1Char('T') && !r.contains(QLatin1Char('-'))) {
        r = r.left(4) + QLatin1Char('-') + r.mid(4, 2) + QLatin1Char('-') + r.mid(6, 2) + QLatin1Char('T') +
            r.mid(9, 2) + QLatin1Char(':') + r.mid(11, 2) + QLatin1Char(':') + r.mid(13);
    }
    QDateTime dt = QDateTime::fromString(r, Qt::ISODate);
    if (!dt.isValid()) {
        dt = QDateTime(dates::parseDate(r), QTime(0, 0));
    }
    return dt;
}

bool looksLikeEmail(const QString& s)
{
    return s.contains(QLatin1Char('@')) && !s.contains(QLatin1Char(' '));
}

/// Turns one card into a person; false for group/organisation cards and empty cards.
bool toPerson(const Card& card, PersonRecord& p, QString* rev)
{
    QHash<QString, QString> groupLabels;
    for (const VCardProperty& prop : card.props) {
        if (prop.name == QLatin1String("X-ABLABEL") && !prop.group.isEmpty()) {
            groupLabels.insert(prop.group.toLower(), prop.text());
        }
    }
    p.line = card.line;
    QString fn;
    bool haveN = false;
    QList<std::pair<int, LabeledValue>> emails;
    QList<std::pair<int, LabeledValue>> phones;
    for (const VCardProperty& prop : card.props) {
        const QString& name = prop.name;
        if (name == QLatin1String("KIND")) {
            if (prop.text().trimmed().toLower() != QLatin1String("individual")) {
                return false;
            }
        } else if (name == QLatin1String("X-ADDRESSBOOKSERVER-KIND")) {
            if (prop.text().trimmed().compare(QLatin1String("group"), Qt::CaseInsensitive) == 0) {
                return false;
            }
        } else if (name == QLatin1String("FN")) {
            if (fn.isEmpty()) { // ALTID: the same name in another script is not a second name
                fn = prop.text().trimmed();
            }
        } else if (name == QLatin1String("N")) {
            if (!haveN) {
                haveN = true;
                const QStringList n = prop.components();
                const auto part = [&](int i) { return i < n.size() ? n.at(i).trimmed() : QString(); };
                p.lastName = part(0);
                p.firstName = (part(1) + QLatin1Char(' ') + part(2)).trimmed();
            }
        } else if (name == QLatin1String("ORG")) {
            if (p.company.isEmpty()) {
                p.company = prop.components().value(0).trimmed();
            }
        } else if (name == QLatin1String("TITLE")) {
            if (p.position.isEmpty()) {
                p.position = prop.text().trimmed();
            }
        } else if (name == QLatin1String("EMAIL")) {
            const QString v = prop.text().trimmed();
            if (!v.isEmpty()) {
                emails.append({preference(prop), {labelFrom(prop, groupLabels), v}});
            }
        } else if (name == QLatin1String("TEL")) {
            const QString v = phoneValue(prop.text());
            if (!v.isEmpty()) {
                phones.append({preference(prop), {labelFrom(prop, groupLabels), v}});
            }
        } else if (name == QLatin1String("URL") || name == QLatin1String("X-SOCIALPROFILE")) {
            const QString v = prop.text().trimmed();
            const QString linkedin = text::normalizedLinkedInUrl(v);
            if (!linkedin.isEmpty()) {
                if (p.linkedinUrl.isEmpty()) {
                    p.linkedinUrl = linkedin;
                }
            } else if (!v.isEmpty() && name == QLatin1String("URL")) {
                p.urls.append({labelFrom(prop, groupLabels), v});
            }
        } else if (name == QLatin1String("NOTE")) {
            const QString v = prop.text().trimmed();
            if (!v.isEmpty()) {
                p.notes = p.notes.isEmpty() ? v : p.notes + QLatin1String("\n\n") + v;
            }
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString& c : prop.list()) {
                const QString t = c.trimmed();
                // Google's own groups, not something the user filed people under.
                if (!t.isEmpty() && t.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) != 0 &&
                    t.compare(QLatin1String("starred"), Qt::CaseInsensitive) != 0 && !p.circles.contains(t)) {
                    p.circles.append(t);
                }
            }
        } else if (name == QLatin1String("BDAY")) {
            if (prop.param(QStringLiteral("VALUE")).compare(QLatin1String("text"), Qt::CaseInsensitive) != 0) {
                p.birthday = dates::parseBirthday(prop.text());
            }
        } else if (name == QLatin1String("ADR")) {
            if (p.location.isEmpty()) {
                const QStringList a = prop.components();
                QStringList parts;
                for (int i : {3, 6}) {
                    if (i < a.size() && !a.at(i).trimmed().isEmpty()) {
                        parts.append(a.at(i).trimmed());
                    }
                }
                p.location = parts.join(QLatin1String(", "));
            }
        } else if (name == QLatin1String("UID")) {
            p.externalUid = prop.text().trimmed();
        } else if (name == QLatin1String("REV")) {
            *rev = prop.text();
        } else if (name == QLatin1String("X-CRM-LINKEDIN-CONNECTED-ON") ||
                   name == QLatin1String("X-RAPPORT-CONNECTED-ON")) {
            p.connectedOn = dates::parseDate(prop.text());
        } else if (name == QLatin1String("X-RAPPORT-HEADLINE")) {
            // Rapport's own properties (exporters/ContactVCard, sync/VCardCodec): another Rapport's
            // export comes back with what it knew about the person.
            p.headline = prop.text().trimmed();
        } else if (name == QLatin1String("X-RAPPORT-INDUSTRY")) {
            p.industry = prop.text().trimmed();
        } else if (name == QLatin1String("X-RAPPORT-HOW-MET")) {
            p.howMet = prop.text().trimmed();
        }
    }
    const auto byPref = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::stable_sort(emails.begin(), emails.end(), byPref);
    std::stable_sort(phones.begin(), phones.end(), byPref);
    for (const auto& e : emails) {
        p.emails.append(e.second);
    }
    for (const auto& t : phones) {
        p.phones.append(t.second);
    }
    if (looksLikeEmail(fn)) {
        fn.clear(); // "FN:anna.novak@example.com" names nobody
    }
    if (looksLikeEmail(p.firstName) && p.lastName.isEmpty()) {
        p.firstName.clear();
    }
    p.displayName = fn.isEmpty() ? (p.firstName + QLatin1Char(' ') + p.lastName).trimmed() : fn;
    return !p.displayName.isEmpty() || !p.emails.isEmpty() || !p.phones.isEmpty();
}

} // namespace

void parseVCards(const QByteArray& input, ParsedFile& file)
{
    QByteArray data = input;
    const EncodingSniff sniff = sniffEncoding(data);
    if (sniff.binary) {
        file.addError(0, QCoreApplication::translate("Import", "This is a binary file, not a vCard text file."));
        return;
    }
    if (sniff.encoding == TextEncoding::Utf16LE || sniff.encoding == TextEncoding::Utf16BE) {
        TextDecoder decoder(sniff.encoding);
        data = decoder.decode(QByteArrayView(data).sliced(sniff.bomLength)).toUtf8();
    } else if (sniff.bomLength > 0) {
        data.remove(0, sniff.bomLength);
    }
    file.encoding = sniff.encoding;
    const bool fileIsUtf8 = sniff.encoding != TextEncoding::Windows1252;

    std::vector<Card> cards;
    std::optional<Card> current;
    int nested = 0;
    for (const VCardLine& logical : unfoldVCardLines(data)) {
        VCardProperty prop;
        if (!parseVCardLine(logical.text, fileIsUtf8, prop)) {
            if (current) {
                file.addError(logical.line, QCoreApplication::translate("Import", "Not a vCard property line; "
                                                                                  "the card starting on line %1 "
                                                                                  "was not read.")
                                                .arg(current->line));
                current.reset();
                nested = 0;
            }
            continue;
        }
        if (prop.name == QLatin1String("BEGIN") &&
            prop.text().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (current) {
                ++nested; // an embedded AGENT card: not a person of its own here
                continue;
            }
            current = Card{logical.line, {}};
            continue;
        }
        if (!current) {
            continue;
        }
        if (prop.name == QLatin1String("END") &&
            prop.text().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (nested > 0) {
                --nested;
                continue;
            }
            cards.push_back(std::move(*current));
            current.reset();
            continue;
        }
        if (nested == 0) {
            current->props.append(std::move(prop));
        }
    }
    if (current) {
        file.addError(current->line,
                      QCoreApplication::translate("Import", "The card is not closed: END:VCARD is missing."));
    }

    // Same UID twice: the copy with the newer REV wins, the other is dropped (not merged field by field).
    QHash<QString, std::pair<size_t, QDateTime>> newestByUid;
    std::vector<std::pair<PersonRecord, QString>> people;
    for (const Card& card : cards) {
        ++file.records;
        PersonRecord p;
        QString rev;
        if (!toPerson(card, p, &rev)) {
            ++file.skipped;
            continue;
        }
        people.emplace_back(std::move(p), rev);
    }
    std::vector<bool> keep(people.size(), true);
    for (size_t i = 0; i < people.size(); ++i) {
        const QString uid = people[i].first.externalUid.toLower();
        if (uid.isEmpty()) {
            continue;
        }
        const QDateTime rev = parseRev(people[i].second);
        auto it = newestByUid.find(uid);
        if (it == newestByUid.end()) {
            newestByUid.insert(uid, {i, rev});
            continue;
        }
        if (rev.isValid() && (!it->second.isValid() || rev > it->second)) {
            keep[it->first] = false;
            *it = {i, rev};
        } else {
            keep[i] = false;
        }
        ++file.skipped;
    }
    for (size_t i = 0; i < people.size(); ++i) {
        if (keep[i]) {
            file.people.push_back(std::move(people[i].first));
        }
    }
}

} // namespace rapport::importers
