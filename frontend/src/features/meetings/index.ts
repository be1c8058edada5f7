// The meetings feature's public face (the pages are routed by src/app).
export { MeetingsPage } from './pages/MeetingsPage';
export { meetingRequirementLabels, meetingTypeLabels } from './labels';
