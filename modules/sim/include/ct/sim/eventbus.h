// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ct::sim {

/// \brief How models observe each other's happenings inside one run: a small typed
/// publish/subscribe channel owned by the Engine.
///
/// An event type is any struct with a unique `static constexpr std::string_view kTopic`
/// (ShelterArrival, HouseholdDeparture, ShelterStatusChange, RoadStateChange are the engine's
/// own). Delivery is synchronous and deterministic: publish() calls every handler of the topic at
/// once, in the order they subscribed, before it returns; models are created (and so subscribe)
/// in a fixed order, so the same seed gives the same calls. A handler runs inside the publishing
/// model's event: it may schedule and record engine events and change its own model's state, but
/// never the publisher's. Subscribe while the run is being prepared (in ModelFactory::create() or
/// Model::start()); the bus is sealed once the run starts.
///
/// Events are values handed by const reference; nothing is queued or copied.
class EventBus
{
public:
    template<typename T>
    using Handler = std::function<void(const T &)>;

    EventBus() = default;
    EventBus(const EventBus &) = delete;
    EventBus &operator=(const EventBus &) = delete;

    /// Calls `handler` for every event of type T published from now on. Ignored (with a warning)
    /// once the bus is sealed.
    template<typename T>
    void subscribe(Handler<T> handler)
    {
        if (!acceptsSubscriptions(T::kTopic))
            return;
        m_channels[std::string(T::kTopic)].push_back(
            [h = std::move(handler)](const void *event) { h(*static_cast<const T *>(event)); });
    }

    //! Whether anybody listens to T (a publisher may skip building the event otherwise).
    template<typename T>
    bool hasSubscribers() const
    {
        return m_channels.find(T::kTopic) != m_channels.end();
    }

    //! Delivers `event` to every subscriber of T, in subscription order.
    template<typename T>
    void publish(const T &event)
    {
        const auto it = m_channels.find(T::kTopic);
        if (it == m_channels.end())
            return;
        ++m_delivered;
        for (const auto &handler : it->second)
            handler(&event);
    }

    //! Ends the subscriptions (the engine calls this when the run starts).
    void seal() { m_sealed = true; }
    bool isSealed() const { return m_sealed; }
    //! Events published that had at least one subscriber.
    std::int64_t delivered() const { return m_delivered; }

private:
    bool acceptsSubscriptions(std::string_view topic) const;

    std::map<std::string, std::vector<std::function<void(const void *)>>, std::less<>> m_channels;
    std::int64_t m_delivered = 0;
    bool m_sealed = false;
};

} // namespace ct::sim
