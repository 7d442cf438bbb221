#pragma once

#include "db/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// A fresh database file in a temporary folder, plus helpers to count and snapshot rows.
struct ImportTestDb
{
    QTemporaryDir dir;
    std::unique_ptr<rapport::db::Database> db;

    ImportTestDb()
    {
        rapport::db::Database::Options o;
        o.backupBeforeMigration = false;
        auto opened = rapport::db::Database::open(dir.filePath(QStringLiteral("test.sqlite")), o);
        if (opened) {
            db = std::move(opened).value();
        } else {
            qWarning() << opened.error();
        }
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(db->sql());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << "query failed:" << sql;
            return -1;
        }
        return q.value(0).toLongLong();
    }

    /// Every schema object as "name=CREATE ...", sorted: equal lists, the same tables, indexes and
    /// triggers (a bulk import drops some for its transaction and must put them back exactly).
    QStringList schemaSql()
    {
        QSqlQuery q(db->sql());
        QStringList sql;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
        while (q.next()) {
            sql << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        }
        return sql;
    }

    /// Every row of every table that an import touches, as sorted text: equal snapshots, equal data.
    QStringList snapshot()
    {
        static const char* const tables[] = {"contacts",      "contact_emails",  "contact_phones",
                                             "contact_urls",  "circles",         "contact_circles",
                                             "conversations", "messages",        "conversation_contacts",
                                             "invitations",   "field_conflicts", "settings"};
        QStringList rows;
        for (const char* t : tables) {
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(t)));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i) {
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                }
                rows << QLatin1String(t) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        QSqlQuery fts(db->sql());
        fts.exec(
            QStringLiteral("SELECT rowid, display_name, company FROM contacts_fts WHERE contacts_fts MATCH 'jana'"));
        while (fts.next()) {
            rows << QStringLiteral("fts:%1|%2").arg(fts.value(0).toString(), fts.value(1).toString());
        }
        rows.sort();
        return rows;
    }
};
