#include "AddressBookCsvParser.h"

#include "CsvReader.h"
#include "FileParser.h"
#include "ImportDates.h"
#include "util/Text.h"

#include <QCoreApplication>

namespace rapport::importers {

namespace {

const QString kMulti = QStringLiteral(" ::: ");

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept.append(p.trimmed());
        }
    }
    return kept.join(QLatin1Char(' '));
}

bool looksLikeEmail(const QString& s)
{
    return s.contains(QLatin1Char('@')) && !s.contains(QLatin1Char(' '));
}

void addUrl(PersonRecord& p, const QString& label, const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        return;
    }
    const QString linkedin = text::normalizedLinkedInUrl(v);
    if (!linkedin.isEmpty() && p.linkedinUrl.isEmpty()) {
        p.linkedinUrl = linkedin;
        return;
    }
    p.urls.append({label, v});
}

void addLocation(PersonRecord& p, const QString& city, const QString& country)
{
    if (p.location.isEmpty()) {
        p.location = QStringList{city.trimmed(), country.trimmed()}.join(QLatin1String(", "));
        if (city.trimmed().isEmpty() || country.trimmed().isEmpty()) {
            p.location = joined({city, country});
        }
    }
}

/// Names, fallbacks and the "is this a person at all" decision shared by both layouts.
bool finishPerson(PersonRecord& p, const QString& nickname, ParsedFile& file)
{
    // Auto-saved Google contacts put the e-mail address into First Name: that is not a name.
    if (looksLikeEmail(p.firstName) && p.lastName.isEmpty()) {
        p.firstName.clear();
    }
    p.displayName = joined({p.firstName, p.lastName});
    if (p.displayName.isEmpty()) {
        p.displayName = nickname.trimmed();
    }
    if (p.displayName.isEmpty() && p.emails.isEmpty() && p.phones.isEmpty()) {
        ++file.skipped; // a company card or an empty row: nothing that names a person
        return false;
    }
    return true;
}

} // namespace

void parseGoogleCsv(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    const bool legacy = file.format == ImportFormat::GoogleLegacyCsv;
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64 line) {
        const auto v = [&](const char* name) { return h.value(row, name).trimmed(); };
        PersonRecord p;
        p.line = line;
        p.firstName = legacy ? v("given name") : joined({v("first name"), v("middle name")});
        p.lastName = legacy ? v("family name") : v("last name");
        if (legacy && p.firstName.isEmpty() && p.lastName.isEmpty() && !looksLikeEmail(v("name"))) {
            p.firstName = v("name");
        }
        p.company = legacy ? v("organization 1 - name") : v("organization name");
        p.position = legacy ? v("organization 1 - title") : v("organization title");
        p.notes = h.value(row, "notes").trimmed();
        p.birthday = dates::parseBirthday(v("birthday"));
        const char* suffix = legacy ? "type" : "label";
        for (int n = 1; n < 100; ++n) {
            const QByteArray email = "e-mail " + QByteArray::number(n) + " - ";
            const QByteArray phone = "phone " + QByteArray::number(n) + " - ";
            const QByteArray web = "website " + QByteArray::number(n) + " - ";
            const QByteArray addr = "address " + QByteArray::number(n) + " - ";
            if (!h.has((email + "value").constData()) && !h.has((phone + "value").constData()) &&
                !h.has((web + "value").constData()) && !h.has((addr + "city").constData())) {
                break;
            }
            const auto multi = [&](const QByteArray& prefix, QList<LabeledValue>& into) {
                QString label = v((prefix + suffix).constData());
                const bool primary = label.startsWith(QLatin1Char('*'));
                if (primary) {
                    label = label.mid(1).trimmed();
                }
                for (const QString& value : v((prefix + "value").constData()).split(kMulti, Qt::SkipEmptyParts)) {
                    if (!value.trimmed().isEmpty()) {
                        primary ? into.prepend({label, value.trimmed()}) : into.append({label, value.trimmed()});
                    }
                }
            };
            multi(email, p.emails);
            multi(phone, p.phones);
            for (const QString& value : v((web + "value").constData()).split(kMulti, Qt::SkipEmptyParts)) {
                addUrl(p, v((web + suffix).constData()), value);
            }
            addLocation(p, v((addr + "city").constData()), v((addr + "country").constData()));
        }
        // "* myContacts", "* starred" are Google's own groups; only the user's labels are circles.
        for (const QString& label : v(legacy ? "group membership" : "labels").split(kMulti, Qt::SkipEmptyParts)) {
            const QString l = label.trimmed();
            if (!l.isEmpty() && !l.startsWith(QLatin1Char('*'))) {
                p.circles.append(l);
            }
        }
        if (finishPerson(p, v("nickname"), file)) {
            file.people.push_back(std::move(p));
        }
    });
}

void parseOutlookCsv(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    static const char* const phoneColumns[][2] = {
        {"mobile phone", "mobile"},
        {"business phone", "work"},
        {"business phone 2", "work"},
        {"home phone", "home"},
        {"home phone 2", "home"},
        {"primary phone", "main"},
        {"company main phone", "work"},
        {"other phone", "other"},
        {"car phone", "car"},
        {"business fax", "work fax"},
        {"home fax", "home fax"},
        {"pager", "pager"},
        {"assistant's phone", "assistant"},
    };
    static const char* const emailColumns[][2] = {{"e-mail address", "e-mail type"},
                                                  {"e-mail 2 address", "e-mail 2 type"},
                                                  {"e-mail 3 address", "e-mail 3 type"}};
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64 line) {
        const auto v = [&](const char* name) { return h.value(row, name).trimmed(); };
        PersonRecord p;
        p.line = line;
        p.firstName = joined({v("first name"), v("middle name")});
        p.lastName = joined({v("last name")});
        p.company = v("company");
        p.position = v("job title");
        p.notes = h.value(row, "notes").trimmed();
        p.birthday = dates::parseBirthday(v("birthday"));
        for (const auto& e : emailColumns) {
            const QString address = v(e[0]);
            // Exchange senders come out as "EX" plus an X.500 path, which is no address to write to.
            if (looksLikeEmail(address) && v(e[1]).compare(QLatin1String("EX"), Qt::CaseInsensitive) != 0) {
                p.emails.append({QString(), address});
            }
        }
        for (const auto& ph : phoneColumns) {
            if (!v(ph[0]).isEmpty()) {
                p.phones.append({QString::fromLatin1(ph[1]), v(ph[0])});
            }
        }
        addUrl(p, QStringLiteral("web"), v("web page"));
        addUrl(p, QStringLiteral("personal"), v("personal web page"));
        const QString country = h.has("business country/region") ? v("business country/region") : v("business country");
        addLocation(p, v("business city"), country);
        if (p.location.isEmpty()) {
            addLocation(p, v("home city"), h.has("home country/region") ? v("home country/region") : v("home country"));
        }
        for (QString c : v("categories").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            c = c.trimmed();
            if (!c.isEmpty() && !p.circles.contains(c)) {
                p.circles.append(c);
            }
        }
        if (p.firstName.isEmpty() && p.lastName.isEmpty()) {
            ++file.skipped; // Outlook company cards name no person
            return;
        }
        if (finishPerson(p, v("nickname"), file)) {
            file.people.push_back(std::move(p));
        }
    });
}

} // namespace rapport::importers
