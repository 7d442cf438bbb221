#include "ViewRegistry.h"

#include <algorithm>

namespace rapport::views {

void registerBuiltinViews(); // views/BuiltinViews.cpp

namespace {
QList<ViewEntry>& entries()
{
    static QList<ViewEntry> list;
    return list;
}
} // namespace

void registerView(const ViewEntry& entry)
{
    auto& list = entries();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const ViewEntry& e) { return e.id == entry.id; }),
               list.end());
    list.append(entry);
}

QList<ViewEntry> registeredViews()
{
    static bool builtins = false;
    if (!builtins) {
        builtins = true;
        registerBuiltinViews();
    }
    QList<ViewEntry> list = entries();
    std::stable_sort(list.begin(), list.end(),
                     [](const ViewEntry& a, const ViewEntry& b) { return a.order < b.order; });
    return list;
}

} // namespace rapport::views
