// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <functional>

namespace ct::fleets::test {

/// The first object under `root` that `match` accepts, searched through the QObject children and
/// the visual item tree (a Loader's item is its visual child, not its QObject child): for the
/// console's objects when the plugins' types are not linked into the test.
inline QObject *findObject(QObject *root, const std::function<bool(QObject *)> &match)
{
    if (match(root))
        return root;
    for (QObject *o : root->children())
        if (QObject *found = findObject(o, match))
            return found;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        for (QQuickItem *child : item->childItems())
            if (child->parent() != root)
                if (QObject *found = findObject(child, match))
                    return found;
    if (auto *window = qobject_cast<QQuickWindow *>(root))
        if (window->contentItem()->parent() != root)
            return findObject(window->contentItem(), match);
    return nullptr;
}

/// The first object under `root` of class `className` (as its meta-object names it).
inline QObject *findByClass(QObject *root, const char *className)
{
    return findObject(root, [className](QObject *o) { return qstrcmp(o->metaObject()->className(), className) == 0; });
}

/// The first object under `root` called `name`.
inline QObject *findByName(QObject *root, const QString &name)
{
    return findObject(root, [&name](QObject *o) { return o->objectName() == name; });
}

} // namespace ct::fleets::test
