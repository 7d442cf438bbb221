#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

static void initRapportResources()
{
    Q_INIT_RESOURCE(rapport);
}

namespace rapport::icons {

void initResources()
{
    initRapportResources();
}

namespace {

QPixmap render(const QByteArray& svg, const QColor& color, int size, qreal dpr)
{
    QByteArray data = svg;
    data.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(data);
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    renderer.render(&p);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}

} // namespace

QIcon icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    const QPalette pal = QApplication::palette();
    const QString key = name + pal.color(QPalette::WindowText).name();
    if (auto it = cache.constFind(key); it != cache.cend()) {
        return it.value();
    }
    QFile f(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray svg = f.readAll();
    QIcon ic;
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    for (const int size : {16, 22, 24, 32, 48}) {
        ic.addPixmap(render(svg, pal.color(QPalette::Active, QPalette::WindowText), size, dpr), QIcon::Normal);
        ic.addPixmap(render(svg, pal.color(QPalette::Disabled, QPalette::WindowText), size, dpr), QIcon::Disabled);
        ic.addPixmap(render(svg, pal.color(QPalette::Active, QPalette::HighlightedText), size, dpr), QIcon::Selected);
    }
    cache.insert(key, ic);
    return ic;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/org.rapport.Rapport.svg"));
}

} // namespace rapport::icons
