import { Route, Routes } from 'react-router-dom';
import { MeetingDetailPage, MeetingNotFound } from './MeetingDetailPage';
import { MeetingListPage } from './MeetingListPage';

/** 三会一课: the tabs (/meetings?org=…&tab=…) and one meeting (/meetings/:id). */
export function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingListPage />} />
      <Route path=":id" element={<MeetingDetailPage />} />
      <Route path="*" element={<MeetingNotFound />} />
    </Routes>
  );
}
