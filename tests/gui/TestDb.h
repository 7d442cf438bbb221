#pragma once

#include "db/Database.h"
#include "model/Contact.h"
#include "store/ContactStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::test {

/// A fresh database file in a temporary folder, for one test function.
inline std::unique_ptr<db::Database> openTempDb(QTemporaryDir& dir)
{
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto db = db::Database::open(dir.filePath(QStringLiteral("test.sqlite")), o);
    if (!db) {
        qFatal("cannot open test database: %s", qPrintable(db.error()));
    }
    return std::move(db).value();
}

inline qint64 addContact(db::Database& db, const QString& first, const QString& last, const QString& company = {},
                         const QString& email = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    if (!email.isEmpty()) {
        c.emails.append({QStringLiteral("work"), email});
    }
    auto id = ContactStore(db).add(c);
    if (!id) {
        qFatal("cannot add contact: %s", qPrintable(id.error()));
    }
    return id.value();
}

} // namespace rapport::test
