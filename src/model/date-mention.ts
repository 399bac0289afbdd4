export type DateGranularity = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/**
 * A date or time expression resolved against the publication date.
 * `value` is ISO 8601: a date ("2017-04-12"), a month ("2017-04"), a year ("2014"), a date-time
 * with offset, or an interval "2017-04-03/2017-04-09" for ranges (granularity `week`, spans).
 * `value` is null when the expression could not be resolved (a message says why).
 */
export interface DateMention {
  start: number;
  end: number;
  value: string | null;
  granularity: DateGranularity;
  /** True when the expression depends on the publication date ("Wednesday", "last week"). */
  relative: boolean;
}
