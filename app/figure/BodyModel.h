#pragma once
// The figure's body: how long and how thick each piece is, in body heights (a
// standing adult is 1.0 tall), and the variants content can choose. Proportions
// follow the usual anthropometric tables (Drillis & Contini), rounded so the
// pieces read well at 3 m; radii are for the tapered capsules the figure is drawn with.
#include "figure/BodyShape.h"

namespace mc {

enum class BodyVariant { Standard, Pregnant };

struct BodyModel {
    BodyVariant variant = BodyVariant::Standard;

    // Trunk. The root is the middle of the pelvis, between the hip joints.
    float hipHalfWidth = 0.045f;   // root -> each hip joint, sideways
    float lumbarLength = 0.10f;    // root -> top of the lumbar spine
    float thoracicLength = 0.19f;  // -> base of the neck (between the shoulders)
    float neckLength = 0.06f;      // -> base of the head
    float headRadius = 0.065f;
    float headCenterUp = 0.058f;       // head centre from the base of the head, along the head's up
    float headCenterForward = 0.005f;  // ... and its forward
    float clavicleLength = 0.115f;     // base of the neck -> each shoulder joint
    float clavicleDrop = 0.012f;       // how much lower the shoulder joints sit at rest

    // Limbs.
    float upperArmLength = 0.18f;
    float forearmLength = 0.15f;
    float handLength = 0.10f;
    float thighLength = 0.245f;
    float shinLength = 0.245f;
    float footLength = 0.125f;  // ankle -> toes
    float footDrop = 0.015f;    // ankle above the toes' centre at rest (the foot lies flat)

    // Radii, at the start (a, nearer the trunk) and end (b) of each piece.
    // The pelvis, chest and head radii are close, so a body lying flat touches the
    // floor with its buttocks, back and head together.
    float pelvisRadius = 0.065f;
    float lumbarRadiusA = 0.06f, lumbarRadiusB = 0.06f;
    float thoraxRadiusA = 0.068f, thoraxRadiusB = 0.068f;
    float neckRadius = 0.03f;
    float upperArmRadiusA = 0.035f, upperArmRadiusB = 0.028f;
    float forearmRadiusA = 0.027f, forearmRadiusB = 0.02f;
    float handRadiusA = 0.02f, handRadiusB = 0.015f;
    float thighRadiusA = 0.05f, thighRadiusB = 0.035f;
    float shinRadiusA = 0.035f, shinRadiusB = 0.024f;
    float footRadiusA = 0.03f, footRadiusB = 0.015f;  // heel (at the ankle), toes

    // The pregnant belly: a capsule in the lumbar piece's frame (x forward, y up from
    // the root), in front of the lower trunk. Zero radii = no belly.
    Vec2 bellyA{0.0f, 0.0f}, bellyB{0.0f, 0.0f};
    float bellyRadiusA = 0.0f, bellyRadiusB = 0.0f;

    bool hasBelly() const { return bellyRadiusA > 0.0f || bellyRadiusB > 0.0f; }
    // Height of the root above the floor when standing upright: ankle + shin + thigh.
    float standingRootHeight() const { return footRadiusA + shinLength + thighLength; }
};

BodyModel bodyModel(BodyVariant variant);

}  // namespace mc
