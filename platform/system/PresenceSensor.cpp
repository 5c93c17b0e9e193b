#include "platform/system/PresenceSensor.h"

#include <cerrno>

#include <gpiod.h>

#include "log/Log.h"
#include "platform/durability/ErrnoMessage.h"

namespace mc {

struct PresenceSensor::Line {
    gpiod_chip* chip = nullptr;
    gpiod_line* line = nullptr;
    ~Line() {
        if (chip) gpiod_chip_close(chip);  // also releases the requested line
    }
};

Result<std::unique_ptr<PresenceSensor>> PresenceSensor::open(const std::string& chip, int line, bool activeLow) {
    auto handle = std::make_unique<Line>();
    handle->chip = gpiod_chip_open_lookup(chip.c_str());
    if (!handle->chip) {
        return Error{errnoMessage("presence: cannot open GPIO chip '" + chip + "'", errno) +
                     " (see `gpiodetect`; the service user needs the gpio group)"};
    }
    handle->line = gpiod_chip_get_line(handle->chip, static_cast<unsigned>(line));
    if (!handle->line) {
        return Error{errnoMessage("presence: GPIO chip '" + chip + "' has no line " + std::to_string(line), errno)};
    }
    const int flags = activeLow ? GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW : 0;
    if (gpiod_line_request_input_flags(handle->line, "mirrorcoach", flags) != 0) {
        const std::string what = "presence: cannot use GPIO line " + std::to_string(line) + " of '" + chip + "' as input";
        return Error{errnoMessage(what, errno) + " (is another program using it?)"};
    }
    return std::unique_ptr<PresenceSensor>(new PresenceSensor(std::move(handle)));
}

bool PresenceSensor::motion() {
    const int value = gpiod_line_get_value(line_->line);
    if (value < 0) {
        if (!reportedError_) logWarning("presence", errnoMessage("cannot read the sensor", errno));
        reportedError_ = true;
        return false;
    }
    return value == 1;
}


PresenceSensor::PresenceSensor(std::unique_ptr<Line> line) : line_(std::move(line)) {}
PresenceSensor::~PresenceSensor() = default;

}  // namespace mc
