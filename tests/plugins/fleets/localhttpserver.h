// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>

namespace ct::fleets::test {

/// \brief A minimal HTTP/1.1 server on 127.0.0.1 for tests: GET of a known path answers 200 with
/// its body, an unknown path 404, a path in `silent` is accepted and never answered. Runs on the
/// test's event loop.
class LocalHttpServer : public QObject
{
public:
    QMap<QByteArray, QByteArray> files;  //!< path → body
    QList<QByteArray> silent;            //!< paths left unanswered (timeouts)
    int requests = 0;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path); }

    LocalHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray path = requestLine.value(1);
        buffer.clear();
        if (silent.contains(path))
            return;
        const bool found = files.contains(path);
        const QByteArray body = found ? files.value(path) : QByteArray("not here\n");
        QByteArray response = found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
        response += "Content-Type: application/octet-stream\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace ct::fleets::test
