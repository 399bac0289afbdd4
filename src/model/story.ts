/** A group of articles about one event. */
export interface Story {
  id: string;
  title: string;
  firstDate: string | null;
  lastDate: string | null;
  outlets: string[];
  articleIds: string[];
}
