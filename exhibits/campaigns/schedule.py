"""The day-by-day schedule (今日劳模) of a campaign: the draft generator and the month calendar."""

import calendar
import datetime


def days_between(start, end):
    """Every date from start to end, both included."""
    return [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]


def draft_schedule(start, end, featured, taken):
    """The days still free, each given a featured person in turn: [(date, id)].

    featured: person ids in the editors' order; taken: {date: id} of the days already
    set, which stay as they are. A free day gets the person after the previous day's, so
    the turn goes on from whatever an editor set by hand rather than starting over.
    """
    if not featured or start is None or end is None or end < start:
        return []
    order = list(featured)
    plan, previous = [], None
    for day in days_between(start, end):
        if day in taken:
            previous = taken[day]
            continue
        turn = (order.index(previous) + 1) % len(order) if previous in order else 0
        previous = order[turn]
        plan.append((day, previous))
    return plan


def month_calendar(start, end, by_day, today):
    """The months a campaign spans, as weeks of cells (Monday first) for the calendar.

    by_day: {date: person}. A cell is None outside its month, else a dict with the date,
    whether the campaign runs that day, its person, and whether the day is past or today
    (only those link to their person: a later day is not revealed yet).
    """
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        weeks = []
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            cells = []
            for day in week:
                if day.month != month:
                    cells.append(None)
                    continue
                running = start <= day <= end
                cells.append(
                    {
                        "date": day,
                        "running": running,
                        "person": by_day.get(day) if running else None,
                        "is_today": day == today,
                        "revealed": running and day <= today,
                    }
                )
            weeks.append(cells)
        months.append({"year": year, "month": month, "weeks": weeks})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
