#pragma once
// A PIR motion sensor on a GPIO line (libgpiod). The build leaves it out when libgpiod
// is not installed; open() then says so and the mirror runs without presence sensing.
#include <memory>
#include <string>

#include "core/Result.h"

namespace mc {

class PresenceSensor {
public:
    // chip: a name ("gpiochip0"), a path ("/dev/gpiochip0"), a label or a number.
    static Result<std::unique_ptr<PresenceSensor>> open(const std::string& chip, int line, bool activeLow);
    static bool supported();  // built with libgpiod

    ~PresenceSensor();
    PresenceSensor(const PresenceSensor&) = delete;
    PresenceSensor& operator=(const PresenceSensor&) = delete;

    // True while the sensor reports motion (its output is held active for a few seconds).
    // A read error counts as no motion and is logged once.
    bool motion();

private:
    struct Line;
    explicit PresenceSensor(std::unique_ptr<Line> line);
    std::unique_ptr<Line> line_;
    bool reportedError_ = false;
};

}  // namespace mc
