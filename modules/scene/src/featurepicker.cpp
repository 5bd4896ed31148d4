// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/scene/featurepicker.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/Group>
#include <osg/KdTree>
#include <osgUtil/IntersectionVisitor>
#include <osgUtil/LineSegmentIntersector>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

namespace ct::scene {

namespace {
/// KD-tree building is the slow part of construction; tiles are independent, so share them out.
constexpr unsigned kMaxThreads = 4;
constexpr std::size_t kParallelTriangles = 50000;
} // namespace

struct FeaturePicker::State
{
    osg::ref_ptr<osg::Group> root = new osg::Group;
    std::vector<std::vector<std::uint32_t>> triangleFeature;  //!< per tile
    std::unordered_map<const osg::Drawable *, std::size_t> tileOfDrawable;
};

FeaturePicker::FeaturePicker(std::span<const MeshTile> tiles)
    : m_state(std::make_unique<State>())
{
    std::vector<osg::ref_ptr<osg::Geometry>> geometries;
    std::size_t triangleTotal = 0;
    for (const MeshTile &tile : tiles) {
        if (tile.indices.empty())
            continue;
        osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array(unsigned(tile.vertexCount()));
        std::copy(tile.positions.begin(), tile.positions.end(), &(*vertices)[0][0]);
        osg::ref_ptr<osg::DrawElementsUInt> elements =
            new osg::DrawElementsUInt(GL_TRIANGLES, tile.indices.begin(), tile.indices.end());
        osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
        geometry->setVertexArray(vertices);
        geometry->addPrimitiveSet(elements);
        geometry->setUseDisplayList(false);
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->addDrawable(geometry);
        m_state->root->addChild(geode);
        m_state->tileOfDrawable.emplace(geometry.get(), m_state->triangleFeature.size());
        m_state->triangleFeature.push_back(tile.triangleFeature);
        geometries.push_back(geometry);
        triangleTotal += tile.triangleCount();
    }

    // The same as running osg::KdTreeBuilder over the scene, one geometry per thread at a time.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < geometries.size(); i = next++) {
            osg::KdTree::BuildOptions options;
            osg::ref_ptr<osg::KdTree> tree = new osg::KdTree;
            if (tree->build(options, geometries[i].get()))
                geometries[i]->setShape(tree);
        }
    };
    const unsigned threads = triangleTotal < kParallelTriangles
        ? 1u
        : std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
    std::vector<std::thread> helpers;
    for (unsigned i = 1; i < threads; ++i)
        helpers.emplace_back(work);
    work();
    for (auto &helper : helpers)
        helper.join();
    // Bounds are computed lazily on first use; do it now so that pick() only reads the scene.
    m_state->root->getBound();
}

FeaturePicker::~FeaturePicker() = default;
FeaturePicker::FeaturePicker(FeaturePicker &&) noexcept = default;
FeaturePicker &FeaturePicker::operator=(FeaturePicker &&) noexcept = default;

std::optional<FeaturePicker::Hit> FeaturePicker::pick(const float from[3], const float to[3]) const
{
    if (!m_state)
        return std::nullopt;
    const osg::Vec3d start(from[0], from[1], from[2]);
    const osg::Vec3d end(to[0], to[1], to[2]);
    osg::ref_ptr<osgUtil::LineSegmentIntersector> intersector = new osgUtil::LineSegmentIntersector(start, end);
    osgUtil::IntersectionVisitor visitor(intersector.get());
    visitor.setUseKdTreeWhenAvailable(true);
    m_state->root->accept(visitor);
    if (!intersector->containsIntersections())
        return std::nullopt;

    // Intersections are ordered by distance along the segment; the first is the nearest.
    for (const auto &intersection : intersector->getIntersections()) {
        const auto tile = m_state->tileOfDrawable.find(intersection.drawable.get());
        if (tile == m_state->tileOfDrawable.end())
            continue;
        const auto &features = m_state->triangleFeature[tile->second];
        if (intersection.primitiveIndex >= features.size())
            continue;
        const osg::Vec3d point = intersection.getWorldIntersectPoint();
        Hit hit;
        hit.feature = features[intersection.primitiveIndex];
        hit.x = float(point.x());
        hit.y = float(point.y());
        hit.z = float(point.z());
        hit.distance = float((point - start).length());
        return hit;
    }
    return std::nullopt;
}

} // namespace ct::scene
