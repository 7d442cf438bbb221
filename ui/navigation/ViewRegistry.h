#pragma once

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

namespace rapport {

class AppContext;
class View;

/// How a view gets into the navigation: one entry per view, created for each open database.
/// To add a view (Today, This week, Champions, Invitations, Dashboard), write its View subclass
/// and add one registerView() call in ui/views/BuiltinViews.cpp. The list is sorted by order;
/// Ctrl+1, Ctrl+2, ... follow that order.
struct ViewEntry
{
    QString id;                     ///< stable, stored in QSettings as the last view ("contacts", "today", ...)
    int order = 0;                  ///< suggested: today 10, week 20, contacts 30, circles 40, champions 50,
                                    ///< invitations 60, dashboard 70, trash 90
    std::function<QString()> title; ///< translated at call time
    QString iconName;               ///< resources/icons/actions/<iconName>.svg
    std::function<View*(AppContext&)> create;
};

namespace views {

void registerView(const ViewEntry& entry);
/// Every registered view, sorted by order (registers the built-in ones on first use).
QList<ViewEntry> registeredViews();

} // namespace views

} // namespace rapport
