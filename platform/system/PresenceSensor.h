#pragma once
// A PIR motion sensor on a GPIO line (libgpiod v1).
#include <memory>
#include <string>

#include "core/Result.h"
#include "kiosk/KioskPorts.h"

namespace mc {

class PresenceSensor final : public PresenceSource {
public:
    // chip: a name ("gpiochip0"), a path ("/dev/gpiochip0"), a label or a number.
    static Result<std::unique_ptr<PresenceSensor>> open(const std::string& chip, int line, bool activeLow);

    ~PresenceSensor() override;
    PresenceSensor(const PresenceSensor&) = delete;
    PresenceSensor& operator=(const PresenceSensor&) = delete;

    // True while the sensor reports motion (its output is held active for a few seconds).
    // A read error counts as no motion and is logged once.
    bool motion() override;

private:
    struct Line;
    explicit PresenceSensor(std::unique_ptr<Line> line);
    std::unique_ptr<Line> line_;
    bool reportedError_ = false;
};

}  // namespace mc
