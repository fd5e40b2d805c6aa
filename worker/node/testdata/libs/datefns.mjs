import { format, addDays, differenceInCalendarDays, parseISO, formatISO, isValid, formatDistance, startOfWeek, eachDayOfInterval, intervalToDuration, formatDuration, parse, getUnixTime, formatRFC7231 } from 'date-fns';
import { fr } from 'date-fns/locale';
export default {
  async test() {
    const d = parseISO('2024-02-28T13:45:30Z');
    console.log(format(d, 'yyyy-MM-dd HH:mm:ss EEEE MMMM do'), formatISO(addDays(d, 2)));
    console.log(differenceInCalendarDays(parseISO('2024-12-25'), parseISO('2024-01-01')), isValid(parseISO('nope')));
    console.log(formatDistance(parseISO('2024-01-01'), parseISO('2024-03-15'), { addSuffix: true }));
    console.log(format(d, 'PPPP', { locale: fr }), format(startOfWeek(d), 'yyyy-MM-dd'));
    console.log(eachDayOfInterval({ start: parseISO('2024-02-27'), end: parseISO('2024-03-02') }).map((x) => format(x, 'd')).join());
    console.log(formatDuration(intervalToDuration({ start: 0, end: 93784000 })));
    console.log(format(parse('03/04/2021 10:00', 'MM/dd/yyyy HH:mm', new Date(0)), 'PPpp'), getUnixTime(d), formatRFC7231(d));
  },
};
