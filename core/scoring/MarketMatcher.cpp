#include "MarketMatcher.h"

#include "util/Text.h"

namespace rapport::scoring {

namespace {

QStringList foldAll(const QStringList& in)
{
    QStringList out;
    for (const QString& s : in) {
        const QString f = text::foldForSearch(s.trimmed());
        if (!f.isEmpty()) {
            out << f;
        }
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

MarketMatcher::MarketMatcher(const UserProfile& profile)
    : m_industries(foldAll(profile.industries)), m_roles(foldAll(profile.roles)),
      m_companies(foldAll(profile.companies)), m_regions(foldAll(profile.regions))
{
    for (const QStringList* l : {&m_industries, &m_roles, &m_companies, &m_regions}) {
        m_dimensions += l->isEmpty() ? 0 : 1;
    }
}

bool MarketMatcher::containsWords(const QString& text, const QString& term)
{
    if (term.isEmpty()) {
        return false;
    }
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(term, from);
        if (at < 0) {
            return false;
        }
        const qsizetype end = at + term.size();
        const bool startOk = at == 0 || !isWordChar(text.at(at - 1));
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk) {
            return true;
        }
        from = at + 1;
    }
}

const QString& MarketMatcher::folded(const QString& s)
{
    auto it = m_cache.constFind(s);
    if (it == m_cache.constEnd()) {
        it = m_cache.insert(s, text::foldForSearch(s));
    }
    return it.value();
}

bool MarketMatcher::any(const QStringList& terms, const QString& a, const QString& b)
{
    if (terms.isEmpty() || (a.isEmpty() && b.isEmpty())) {
        return false;
    }
    const QString fa = a.isEmpty() ? QString() : folded(a);
    const QString fb = b.isEmpty() ? QString() : folded(b);
    for (const QString& t : terms) {
        if (containsWords(fa, t) || containsWords(fb, t)) {
            return true;
        }
    }
    return false;
}

int MarketMatcher::matches(const QString& industry, const QString& position, const QString& headline,
                           const QString& company, const QString& location)
{
    if (m_dimensions == 0) {
        return 0;
    }
    return (any(m_industries, industry, headline) ? 1 : 0) + (any(m_roles, position, headline) ? 1 : 0) +
           (any(m_companies, company) ? 1 : 0) + (any(m_regions, location) ? 1 : 0);
}

} // namespace rapport::scoring
