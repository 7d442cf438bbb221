#include "TimelineModel.h"

#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "store/IntroductionStore.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace rapport {

TimelineModel::TimelineModel(db::Database& db, QObject* parent) : QAbstractListModel(parent), m_db(db)
{
    connect(&m_db, &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if ((e == db::Entity::Conversation || e == db::Entity::Introduction || e == db::Entity::Everything) &&
            m_contactId > 0 && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &TimelineModel::reload);
        }
    });
}

void TimelineModel::setContactId(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Item& it = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString date = QLocale().toString(it.when.date(), QLocale::ShortFormat);
        return it.detail.isEmpty() ? tr("%1  %2").arg(date, it.title) : tr("%1  %2: %3").arg(date, it.title, it.detail);
    }
    case Qt::ToolTipRole:
        return it.detail;
    case KindRole:
        return static_cast<int>(it.kind);
    case DateRole:
        return it.when;
    case ItemIdRole:
        return it.id;
    default:
        return {};
    }
}

void TimelineModel::reload()
{
    m_pending = false;
    QList<Item> rows;
    if (m_contactId > 0) {
        if (auto convs = ConversationStore(m_db).forContact(m_contactId, 500); convs) {
            for (const Conversation& c : convs.value()) {
                QString detail = c.summary.simplified();
                if (c.durationMinutes > 0) {
                    detail = tr("%n min", nullptr, c.durationMinutes) +
                             (detail.isEmpty() ? QString() : QStringLiteral(" · ") + detail);
                }
                rows.append({ItemKind::Conversation, c.id, c.happenedAt, conversationKindName(c.kind), detail});
            }
        }
        if (auto intros = IntroductionStore(m_db).forContact(m_contactId); intros) {
            ContactStore contacts(m_db);
            auto nameOf = [&](qint64 id) {
                return id == 0 ? tr("you") : contacts.field(id, QStringLiteral("displayName"));
            };
            for (const Introduction& i : intros.value()) {
                QString title;
                switch (i.kind) {
                case Introduction::Kind::Introduction:
                    title = tr("Introduction: %1 introduced %2 to %3")
                                .arg(nameOf(i.introducerId), nameOf(i.introducedId), nameOf(i.targetId));
                    break;
                case Introduction::Kind::Referral:
                    title = tr("Referral: %1 referred %2 to %3")
                                .arg(nameOf(i.introducerId), nameOf(i.introducedId), nameOf(i.targetId));
                    break;
                case Introduction::Kind::Help:
                    title = i.direction == Introduction::Direction::Received ? tr("Help received") : tr("Help given");
                    break;
                }
                rows.append({ItemKind::Introduction, i.id, i.happenedOn.startOfDay(), title,
                             i.outcome.isEmpty() ? i.notes.simplified() : i.outcome});
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Item& a, const Item& b) { return a.when > b.when; });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace rapport
