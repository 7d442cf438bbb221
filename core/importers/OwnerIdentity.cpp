#include "OwnerIdentity.h"

#include "util/Text.h"

#include <QHash>
#include <QSet>

namespace rapport::importers {

OwnerIdentity::OwnerIdentity(const QString& name, const QString& normalizedUrl)
    : m_name(name), m_nameKey(text::normalizedName(name)), m_url(normalizedUrl)
{}

void OwnerIdentity::learnFrom(const MessageBatch& batch)
{
    if (!m_url.isEmpty() && !m_nameKey.isEmpty()) {
        return;
    }
    if (m_url.isEmpty()) {
        QHash<QString, QSet<int>> threadsByUrl;
        QHash<QString, int> urlsOfOwnerName;
        QHash<int, bool> ownerName; // per distinct sender name: normalising is costly, names repeat
        const auto isOwnerName = [&](int index) {
            auto it = ownerName.constFind(index);
            if (it == ownerName.constEnd()) {
                it = ownerName.insert(index, text::normalizedName(batch.s(index)) == m_nameKey);
            }
            return *it;
        };
        for (const MessageRecord& m : batch.rows) {
            if (!m_nameKey.isEmpty()) {
                if (m.fromUrl != 0 && isOwnerName(m.fromName)) {
                    ++urlsOfOwnerName[batch.s(m.fromUrl)];
                }
                continue;
            }
            if (m.fromUrl != 0) {
                threadsByUrl[batch.s(m.fromUrl)].insert(m.threadKey);
            }
            for (const QString& u : batch.list(m.recipientUrls)) {
                threadsByUrl[u].insert(m.threadKey);
            }
        }
        // The owner is in every conversation of their own export; nobody else comes close.
        qsizetype best = 0;
        for (auto it = threadsByUrl.cbegin(); it != threadsByUrl.cend(); ++it) {
            if (it.value().size() > best || (it.value().size() == best && it.key() < m_url)) {
                best = it.value().size();
                m_url = it.key();
            }
        }
        int bestCount = 0;
        for (auto it = urlsOfOwnerName.cbegin(); it != urlsOfOwnerName.cend(); ++it) {
            if (it.value() > bestCount) {
                bestCount = it.value();
                m_url = it.key();
            }
        }
    }
    if (m_nameKey.isEmpty()) {
        QHash<QString, int> names;
        QHash<QString, QSet<int>> threadsByName;
        for (const MessageRecord& m : batch.rows) {
            if (!m_url.isEmpty()) {
                if (batch.s(m.fromUrl) == m_url) {
                    ++names[batch.s(m.fromName)];
                }
            } else if (m.legacyDirection > 0) {
                ++names[batch.s(m.fromName)];
            } else {
                threadsByName[batch.s(m.fromName)].insert(m.threadKey);
            }
        }
        for (auto it = threadsByName.cbegin(); it != threadsByName.cend(); ++it) {
            names[it.key()] = int(it.value().size());
        }
        int best = 0;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                m_name = it.key();
            }
        }
        m_nameKey = text::normalizedName(m_name);
    }
}

bool OwnerIdentity::isOwner(const QString& name, const QString& normalizedUrl) const
{
    if (!m_url.isEmpty() && !normalizedUrl.isEmpty()) {
        return normalizedUrl == m_url;
    }
    return !m_nameKey.isEmpty() && text::normalizedName(name) == m_nameKey;
}

bool OwnerIdentity::isFromMe(const MessageBatch& batch, const MessageRecord& m) const
{
    if (m.legacyDirection != 0) {
        return m.legacyDirection > 0;
    }
    return isOwner(batch.s(m.fromName), batch.s(m.fromUrl));
}

} // namespace rapport::importers
