#pragma once
// The local time of day, for the display's sleep and wake schedule.
namespace mc {

// Seconds since local midnight (0..86399), from the system clock and time zone.
int localSecondOfDay();

}  // namespace mc
